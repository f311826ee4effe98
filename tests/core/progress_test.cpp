// The progress bar's estimate of the time left.
#include <gtest/gtest.h>

#include "batch.hpp"

using protokol::eta_text;

TEST(Progress, EtaIsTheMeanTimePerDocumentTimesWhatIsLeft) {
  EXPECT_EQ(eta_text(10, 40, 5.0), "ETA 0:15");      // 0.5 s each, 30 left
  EXPECT_EQ(eta_text(1, 100, 60.0), "ETA 1:39:00");  // a minute each, 99 left
  EXPECT_EQ(eta_text(40, 40, 9.0), "ETA 0:00");
}

TEST(Progress, NoEtaBeforeAnythingIsDone) {
  EXPECT_EQ(eta_text(0, 40, 3.0), "");
  EXPECT_EQ(eta_text(5, 40, 0.0), "");
}
