// exit_codes: the one list of exit codes every command returns (docs/cli.md).
// Distinct so that cron and systemd can alert on them.
#pragma once

namespace protokol {

enum exit_code : int {
  success = 0,
  documents_failed = 1,  ///< the run finished but some documents were quarantined
  bad_usage = 2,         ///< bad command line, bad pipeline file
  environment = 3,       ///< a plugin cannot load, the output folder is not writable, ...
  interrupted = 130,     ///< stopped by SIGINT or SIGTERM (128 + SIGINT, as shells report)
};

}  // namespace protokol
