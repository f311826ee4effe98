# cmake -DGUIDE=docs/plugin-guide.md -P check_snippets_marked.cmake
# Fails when a ```cpp block of the guide has no "<!-- snippet: NAME -->" line
# right before it, i.e. when a snippet would not be compiled.
file(STRINGS ${GUIDE} lines)
set(previous "")
set(number 0)
set(unmarked 0)
foreach(line IN LISTS lines)
  math(EXPR number "${number} + 1")
  if(line STREQUAL "```cpp" AND NOT previous MATCHES "^<!-- snippet: ")
    message(SEND_ERROR "${GUIDE}:${number}: a ```cpp block without a <!-- snippet: NAME --> line before it")
    set(unmarked 1)
  endif()
  set(previous "${line}")
endforeach()
if(unmarked)
  message(FATAL_ERROR "unmarked snippets are not compiled")
endif()
