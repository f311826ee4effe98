// protokol/params.hpp: binding a stage's parameters, the one check behind
// validate, run, --set and plugins --check.
#include <gtest/gtest.h>

#include <iterator>
#include <map>
#include <protokol/params.hpp>
#include <string>
#include <vector>

using protokol::bind_params;
using protokol::check_param_range;
using protokol::check_param_value;
using protokol::param_descriptor;
using protokol::param_type;

namespace {

constexpr param_descriptor table[] = {
    {.name = "jobs",
     .type = param_type::integer,
     .default_value = "4",
     .doc = "Workers",
     .min_value = "1",
     .max_value = "64"},
    {.name = "share", .type = param_type::real, .default_value = "0.5", .min_value = "0"},
    {.name = "mode", .type = param_type::choice, .default_value = "fast", .choices = "fast|exact"},
    {.name = "key", .type = param_type::string, .required = true, .doc = "An access key"},
    {.name = "note", .type = param_type::string},
};

protokol::stage_descriptor stage_of(const param_descriptor* params, std::uint32_t count) {
  protokol::stage_descriptor stage{};
  stage.name = "sample";
  stage.params = params;
  stage.param_count = count;
  return stage;
}

const protokol::stage_descriptor sample = stage_of(table, std::size(table));

std::vector<std::string> problems_of(const std::map<std::string, std::string>& given) {
  std::vector<std::string> problems;
  bind_params(sample, given, problems);
  return problems;
}

param_descriptor ranged(param_type type, const char* min, const char* max) {
  return {.name = "n", .type = type, .min_value = min, .max_value = max};
}

}  // namespace

TEST(BindParams, FillsDefaultsAndKeepsGivenValues) {
  std::vector<std::string> problems;
  const auto bound = bind_params(sample, {{"key", "k"}, {"jobs", "8"}}, problems);
  EXPECT_TRUE(problems.empty()) << problems.front();
  const std::map<std::string, std::string> expected = {
      {"jobs", "8"}, {"share", "0.5"}, {"mode", "fast"}, {"key", "k"}};
  EXPECT_EQ(bound, expected);
}

TEST(BindParams, CollectsEveryProblemNamingTheParameter) {
  EXPECT_EQ(problems_of({{"jobs", "0"}, {"share", "lots"}, {"mode", "slow"}, {"jbos", "2"}}),
            (std::vector<std::string>{
                "unknown parameter 'jbos'",
                "parameter 'jobs' expects int in 1..64, got '0'",
                "parameter 'mode' expects enum (one of fast|exact), got 'slow'",
                "parameter 'share' expects float (a number), got 'lots'",
                "missing parameter 'key' (string): An access key",
            }));
}

TEST(BindParams, OneSidedRangesSayWhichSide) {
  EXPECT_EQ(problems_of({{"key", "k"}, {"share", "-1"}}),
            std::vector<std::string>{"parameter 'share' expects float >= 0, got '-1'"});
  const param_descriptor at_most = ranged(param_type::integer, nullptr, "16");
  EXPECT_EQ(check_param_value(at_most, "17"), "expects int <= 16, got '17'");
  EXPECT_EQ(check_param_value(at_most, "16"), "");
}

TEST(BindParams, ReportsAStructuredProblemForTheHostToPlace) {
  std::vector<protokol::param_problem> problems;
  bind_params(sample, {{"jobs", "65"}}, problems);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].what, protokol::param_problem::kind::invalid);
  EXPECT_EQ(problems[0].name, "jobs");
  EXPECT_EQ(problems[0].detail, "expects int in 1..64, got '65'");
  EXPECT_EQ(problems[1].what, protokol::param_problem::kind::missing);
  EXPECT_EQ(problems[1].name, "key");
}

TEST(BindParams, ADefaultOutsideItsRangeIsTheStagesFault) {
  const param_descriptor bad_default[] = {
      {.name = "pages", .type = param_type::integer, .default_value = "0", .min_value = "1"}};
  std::vector<std::string> problems;
  bind_params(stage_of(bad_default, 1), {}, problems);
  EXPECT_EQ(problems, std::vector<std::string>{"parameter 'pages' has a bad default in the "
                                               "stage's declaration: expects int >= 1, got '0'"});
}

TEST(ParamValue, WholeNumbersAreComparedExactlyBeyondDoublePrecision) {
  const param_descriptor big = ranged(param_type::integer, nullptr, "9007199254740992");
  EXPECT_EQ(check_param_value(big, "9007199254740992"), "");
  EXPECT_EQ(check_param_value(big, "9007199254740993"),
            "expects int <= 9007199254740992, got '9007199254740993'");
}

TEST(ParamValue, NumbersMustBeWrittenPlainlyAndFinite) {
  const param_descriptor whole = ranged(param_type::integer, nullptr, nullptr);
  for (const char* bad : {"", "+1", " 1", "1.0", "0x10", "99999999999999999999"})
    EXPECT_NE(check_param_value(whole, bad), "") << "'" << bad << "'";
  const param_descriptor real = ranged(param_type::real, "0", nullptr);
  for (const char* bad : {"nan", "inf", "1e999", "1,5"})
    EXPECT_EQ(check_param_value(real, bad),
              "expects float (a number), got '" + std::string(bad) + "'");
  EXPECT_EQ(check_param_value(real, "1e3"), "");
}

TEST(ParamRange, SaysWhatIsWrongWithADeclaredRange) {
  EXPECT_EQ(check_param_range(ranged(param_type::integer, "1", "64")), "");
  EXPECT_EQ(check_param_range(ranged(param_type::integer, "64", "1")),
            "minimum 64 is above maximum 1");
  EXPECT_EQ(check_param_range(ranged(param_type::integer, "0.5", nullptr)),
            "minimum '0.5' is not of type int");
  EXPECT_EQ(check_param_range(ranged(param_type::real, nullptr, "many")),
            "maximum 'many' is not of type float");
  EXPECT_EQ(check_param_range(ranged(param_type::list, "1", nullptr)),
            "a range applies to int and float only, not list");
}

TEST(ParamRange, AValueOfAnUnsoundRangeIsRefused) {
  EXPECT_EQ(check_param_value(ranged(param_type::integer, "9", "1"), "5"),
            "cannot be checked: the stage declares a bad range (minimum 9 is above maximum 1)");
}

TEST(ParamRange, TextAsTheListingShowsIt) {
  EXPECT_EQ(protokol::param_range_text(ranged(param_type::integer, "1", "64")), "1..64");
  EXPECT_EQ(protokol::param_range_text(ranged(param_type::integer, "1", nullptr)), ">= 1");
  EXPECT_EQ(protokol::param_range_text(ranged(param_type::real, nullptr, "0.5")), "<= 0.5");
  EXPECT_EQ(protokol::param_range_text(ranged(param_type::real, nullptr, nullptr)), "");
}
