# protokol_add_plugin(NAME SOURCES src... [LINK lib...])
#
# Builds a stage plugin as a shared library named protokol_<NAME>.so, the
# file name the host looks for, linked against protokol::plugin. Install it
# into <prefix>/lib/protokol/plugins or point --plugin-path at it. Used both
# inside the source tree and from the installed package (find_package(protokol)).
function(protokol_add_plugin name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINK" ${ARGN})
  add_library(protokol_${name} MODULE ${ARG_SOURCES})
  set_target_properties(protokol_${name} PROPERTIES
    PREFIX ""
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  target_link_libraries(protokol_${name} PRIVATE protokol::plugin ${ARG_LINK})
  if(DEFINED PROTOKOL_PLUGIN_OUTPUT_DIR)
    # Inside the protokol tree: build beside the CLI and install with it.
    set_target_properties(protokol_${name} PROPERTIES
      LIBRARY_OUTPUT_DIRECTORY ${PROTOKOL_PLUGIN_OUTPUT_DIR})
    install(TARGETS protokol_${name} LIBRARY DESTINATION lib/protokol/plugins)
    # `make demo` builds this target: the CLI's plugins without the tests.
    if(TARGET protokol_plugins)
      add_dependencies(protokol_plugins protokol_${name})
    endif()
  endif()
  if(COMMAND protokol_set_warnings)
    protokol_set_warnings(protokol_${name})
  endif()
endfunction()
