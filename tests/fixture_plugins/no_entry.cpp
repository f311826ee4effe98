// A shared library with no protokol entry point.
extern "C" int fixture_not_a_plugin() { return 42; }
