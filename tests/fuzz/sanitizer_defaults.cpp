// sanitizer_defaults.cpp: what the fuzz build's LeakSanitizer leaves out,
// compiled into every libFuzzer binary so each runs the same by hand and
// under run_fuzzers.sh.
//
// Only allocations a system library makes once per process belong here, never
// one that grows with the documents read: a leak per document is a finding.

// fontconfig (reached through Poppler's font lookup for a PDF whose fonts
// are not embedded) keeps 288 bytes of its configuration for the process's
// life, however many PDFs are read.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
