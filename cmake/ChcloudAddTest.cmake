# One way to register a test.
#
#   chcloud_add_test(<Name>
#       SOURCES tst_name.cpp [more.cpp ...]
#       LIBS <libraries to link>
#       LABELS <ctest labels: unit, integration, contract, keychain, ui, chaos>
#       [WRAPPER <script>]          run the test through a wrapper (keychain session)
#       [ENVIRONMENT VAR=value ...]
#       [TIMEOUT seconds])
#
# Every test gets QT_QPA_PLATFORM=offscreen and QT_FORCE_ASSERTS, the project's
# strict settings, and the path of the emulator executable (tests start their own).

function(chcloud_add_test name)
    cmake_parse_arguments(ARG "" "WRAPPER;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT ARG_SOURCES)
        message(FATAL_ERROR "chcloud_add_test(${name}): SOURCES is required")
    endif()
    if(NOT ARG_LABELS)
        message(FATAL_ERROR "chcloud_add_test(${name}): LABELS is required")
    endif()
    set(target tst_${name})
    add_executable(${target} ${ARG_SOURCES})
    chcloud_apply_settings(${target})
    target_compile_definitions(${target} PRIVATE
        QT_FORCE_ASSERTS
        CHCLOUD_EMULATOR_PATH="$<TARGET_FILE:chcloud-emulator>"
        CHCLOUD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        CHCLOUD_SPEC_PATH="${CHCLOUD_SPEC_PATH}"
        CHCLOUD_PRISM_PATH="${CHCLOUD_PRISM_PATH}")
    target_link_libraries(${target} PRIVATE Qt6::Test ${ARG_LIBS})
    add_dependencies(${target} chcloud-emulator)

    if(ARG_WRAPPER)
        add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${target}>)
    else()
        add_test(NAME ${name} COMMAND ${target})
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;${ARG_ENVIRONMENT}")
endfunction()
