# The host: protokol_core (loader, pipelines, runner) and the protokol CLI.
find_package(Boost 1.74 REQUIRED COMPONENTS program_options)
find_package(pugixml REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(Threads REQUIRED)
find_package(SQLite3 REQUIRED)

add_library(protokol_core STATIC
  src/batch.cpp
  src/did_you_mean.cpp
  src/document_check.cpp
  src/inputs.cpp
  src/isolation/messages.cpp
  src/isolation/wire.cpp
  src/isolation/worker_main.cpp
  src/isolation/worker_pool.cpp
  src/isolation/worker_process.cpp
  src/json_text.cpp
  src/pipeline.cpp
  src/pipeline_runner.cpp
  src/quarantine_files.cpp
  src/read_file.cpp
  src/plugin_check.cpp
  src/plugin_registry.cpp
  src/sha256.cpp
  src/shard.cpp)
target_include_directories(protokol_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/src)
target_compile_definitions(protokol_core PUBLIC BOOST_DLL_USE_STD_FS PROTOKOL_VERSION="${PROJECT_VERSION}")
# protokol_export_common (plugins/lib): public mode as the shipped exporters
# apply it, which a public run applies for every exporter (withhold_closed_items).
target_link_libraries(protokol_core PUBLIC protokol::plugin pugixml::pugixml nlohmann_json::nlohmann_json
  OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} protokol_export_common)
protokol_set_warnings(protokol_core)

# Scheduled ingestion (protokol ingest / status): state in SQLite.
add_library(protokol_ingest STATIC
  src/ingest/archive_scan.cpp
  src/ingest/archive_watch.cpp
  src/ingest/ingest_pass.cpp
  src/ingest/ingest_plan.cpp
  src/ingest/ingest_report.cpp
  src/ingest/ingest_session.cpp
  src/ingest/pipeline_fingerprint.cpp
  src/ingest/process_signals.cpp
  src/ingest/sqlite.cpp
  src/ingest/state_lock.cpp
  src/ingest/state_store.cpp)
target_link_libraries(protokol_ingest PUBLIC protokol_core SQLite::SQLite3)
protokol_set_warnings(protokol_ingest)

# Joining the outputs of sharded runs (protokol merge; docs/scaling.md).
add_library(protokol_merge STATIC
  src/merge/merge_files.cpp
  src/merge/merge_target.cpp
  src/merge/merged_report.cpp
  src/merge/shard_outputs.cpp)
target_link_libraries(protokol_merge PUBLIC protokol_core)
protokol_set_warnings(protokol_merge)

# Quality measurement (protokol eval): knows the output's field names only.
add_subdirectory(src/eval)

add_executable(protokol
  src/cli/main.cpp
  src/cli/common.cpp
  src/cli/detect_command.cpp
  src/cli/eval_command.cpp
  src/cli/ingest_command.cpp
  src/cli/isolation_options.cpp
  src/cli/merge_command.cpp
  src/cli/pipeline_setup.cpp
  src/cli/plugins_command.cpp
  src/cli/run_command.cpp
  src/cli/status_command.cpp
  src/cli/validate_command.cpp
  src/cli/worker_command.cpp)
target_link_libraries(protokol PRIVATE protokol_core protokol_ingest protokol_merge protokol_eval
  Boost::program_options)
protokol_set_warnings(protokol)

install(TARGETS protokol RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Shipped pipelines, also copied into the build tree so `-p default` works there.
file(GLOB shipped_pipelines ${PROJECT_SOURCE_DIR}/pipelines/*.xml)
install(FILES ${shipped_pipelines} DESTINATION ${CMAKE_INSTALL_DATADIR}/protokol/pipelines)
foreach(p IN LISTS shipped_pipelines)
  get_filename_component(name ${p} NAME)
  configure_file(${p} ${PROJECT_BINARY_DIR}/share/protokol/pipelines/${name} COPYONLY)
endforeach()

# Shell completions (static files; tests/core checks their options against --help).
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/completions/protokol.bash
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME protokol)
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/completions/_protokol
  DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)

# `man protokol`, made from --help at build time by help2man (Debian package
# help2man). Without it the build goes on without the page and says so.
find_program(HELP2MAN help2man)
if(HELP2MAN)
  set(protokol_man ${PROJECT_BINARY_DIR}/share/man/man1/protokol.1)
  set(protokol_h2m ${PROJECT_BINARY_DIR}/protokol.h2m)
  add_custom_command(OUTPUT ${protokol_man}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/share/man/man1
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/man/commands_h2m.sh $<TARGET_FILE:protokol>
      ${CMAKE_CURRENT_SOURCE_DIR}/man/protokol.h2m ${protokol_h2m}
    COMMAND ${HELP2MAN} --no-info --section=1
      --name="turn archives of municipal committee minutes into structured data"
      --include=${protokol_h2m} --output=${protokol_man} $<TARGET_FILE:protokol>
    DEPENDS protokol ${CMAKE_CURRENT_SOURCE_DIR}/man/protokol.h2m
      ${CMAKE_CURRENT_SOURCE_DIR}/man/commands_h2m.sh
    COMMENT "Making the protokol man page (help2man)")
  add_custom_target(protokol_man ALL DEPENDS ${protokol_man})
  install(FILES ${protokol_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found: no man page (apt-get install help2man)")
endif()
