# The folder layout is the architecture: tests/layers.sh says where a file
# includes from above its layer. This checks that it passes, and that it
# can fail.

test_the_engine_s_layers_hold() {
    "$ROOT/tests/layers.sh" >"$T/out" 2>&1 || fail "layers broken: $(cat "$T/out")"
}

test_the_layer_check_sees_a_breach() {
    cp -r "$ROOT/engine" "$ROOT/tests/layers.sh" "$T/"
    mkdir "$T/tests" && mv "$T/layers.sh" "$T/tests/"
    sed -i '1a #include "play/render.h"' "$T/engine/core/story.c"
    sed -i '1a #include <lua.h>' "$T/engine/core/runtime.c"
    sed -i '1a #include "tools/check.h"' "$T/engine/play/menu.c"
    set +e
    "$T/tests/layers.sh" >"$T/out" 2>&1
    echo $? >"$T/status"
    set -e
    expect_status 1
    expect_out "engine/core/story.c:2: core includes from play, which is not below it"
    expect_out "engine/core/runtime.c:2: only its owner may include <lua.h>"
    expect_out "engine/play/menu.c:2: play includes from tools, which is not below it"
}
