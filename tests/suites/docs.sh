# Every example in docs/authoring.md is a story file; play each one as the
# "<!-- test: ... -->" line above it says (input, status, out, err).

# Writes example N (1-based) to $T/N/example.lua and its test line to $T/N/test.
extract_examples() {
    awk -v dir="$T" '
        /^<!-- test:/ { spec = $0; next }
        /^```lua$/ { n++; inside = 1; system("mkdir -p " dir "/" n);
                     print spec > (dir "/" n "/test"); spec = ""; next }
        /^```$/ && inside { inside = 0; next }
        inside { print > (dir "/" n "/example.lua") }
    ' "$ROOT/docs/authoring.md"
}

# field NAME SPEC: the value of NAME="..." or NAME=word in SPEC.
field() {
    local re="$1=\"([^\"]*)\"" re2="$1=([^ \"]+)"
    if [[ $2 =~ $re ]]; then printf '%s' "${BASH_REMATCH[1]}"
    elif [[ $2 =~ $re2 ]]; then printf '%s' "${BASH_REMATCH[1]}"
    fi
}

test_every_example_plays_as_documented() {
    extract_examples
    local count=0 dir spec status out err input
    for dir in "$T"/*/; do
        spec=$(cat "$dir/test")
        [ -n "$spec" ] || fail "example in $dir has no test line"
        input=$(field input "$spec")
        status=$(field status "$spec")
        out=$(field out "$spec")
        err=$(field err "$spec")
        (cd "$dir" && rk_in "$input\n" --seed 1 example.lua)
        expect_status "${status:-0}"
        [ -z "$out" ] || expect_out "$out"
        [ -z "$err" ] || expect_err "$err"
        count=$((count + 1))
    done
    [ "$count" -ge 8 ] || fail "only $count examples found in docs/authoring.md"
}
