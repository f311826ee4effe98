# protokol_set_warnings(target): the project's warning flags, per target.
function(protokol_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(PROTOKOL_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
