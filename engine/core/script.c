/* script.c - runs a story's functions against a playthrough's state.
 *
 * The state reaches Lua as a proxy table `s`: reads and writes go through
 * __index/__newindex to the runtime's C arrays, so the model stays in C and
 * every write is checked. The ScriptState being served travels in the
 * registry for the length of one call. */
#include "core/script.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "base/buf.h"
#include "base/suggest.h"
#include "core/sandbox_lua.h"
#include "core/value.h"

static const char STATE_KEY = 's';  /* registry: the ScriptState of the current call */
static const char PROXY_KEY = 'p';  /* registry: the proxy table */

static ScriptState *get_state(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &STATE_KEY);
    ScriptState *st = lua_touserdata(L, -1);
    lua_pop(L, 1);
    if (st == NULL)
        luaL_error(L, "the story's state and math.random are available only inside scene "
                      "functions, conditions and effects, not while the story file loads");
    return st;
}

/* math.random with Lua 5.4's arguments, drawn from the playthrough's Rng. */
static int script_random(lua_State *L)
{
    Rng *rng = get_state(L)->rng;
    lua_Integer lo, hi;
    switch (lua_gettop(L)) {
    case 0:
        lua_pushnumber(L, rng_float(rng));
        return 1;
    case 1:
        lo = 1;
        hi = luaL_checkinteger(L, 1);
        break;
    case 2:
        lo = luaL_checkinteger(L, 1);
        hi = luaL_checkinteger(L, 2);
        break;
    default: return luaL_error(L, "wrong number of arguments to math.random");
    }
    luaL_argcheck(L, lo <= hi, lua_gettop(L), "interval is empty");
    lua_pushinteger(L, (lua_Integer)rng_range(rng, lo, hi));
    return 1;
}

/* The slot a key names, or an error naming the closest declared name. */
static int slot_of(lua_State *L, ScriptState *st, int key)
{
    if (lua_type(L, key) != LUA_TSTRING)
        luaL_error(L, "the state has only named fields, not a %s key", luaL_typename(L, key));
    const char *name = lua_tostring(L, key);
    int slot = story_slot(st->story, name);
    if (slot >= 0) return slot;
    const char *cands[128];
    int n = 0;
    for (int i = 0; i < st->story->nvars && n < 64; i++) cands[n++] = st->story->vars[i].name;
    for (int i = 0; i < st->story->nmeters && n < 128; i++) cands[n++] = st->story->meters[i].name;
    char hint[96];
    suggest(hint, sizeof hint, name, cands, n);
    luaL_error(L, "'%s' is not a variable or meter declared in story { ... }%s", name, hint);
    return -1;
}

/* Whole numbers go to Lua as integers, so they print as "3", not "3.0". */
static void push_number(lua_State *L, double v)
{
    if (v == floor(v) && fabs(v) < 9007199254740992.0) lua_pushinteger(L, (lua_Integer)v);
    else lua_pushnumber(L, v);
}

/* ----------------------------------------------------------------- sets */

/* A set variable reaches story code as a view: methods on the slot, looked
 * up anew at each call, so a view kept past its call cannot reach freed
 * memory (it raises instead). */
static const char SET_MT[] = "rekindle.set";

typedef struct {
    int slot;
    bool temp;           /* a temporary value of the scene, by name in the uservalue */
} SetView;

static Value *set_of(lua_State *L, int idx)
{
    SetView *view = luaL_checkudata(L, idx, SET_MT);
    ScriptState *st = get_state(L);
    if (view->temp) luaL_error(L, "sets are story variables: declare it in story { vars = { name = {} } }");
    Value *v = &st->vars[view->slot];
    if (st->reads) st->reads[view->slot] = 1;
    return v;
}

static const char *word_arg(lua_State *L, int idx)
{
    if (lua_type(L, idx) != LUA_TSTRING || lua_rawlen(L, idx) == 0 || lua_rawlen(L, idx) > 200)
        luaL_error(L, "a set holds words: give one in quotes, like s.clues:add(\"knife\")");
    return lua_tostring(L, idx);
}

static int set_has(lua_State *L)
{
    lua_pushboolean(L, value_set_has(set_of(L, 1), word_arg(L, 2)));
    return 1;
}

static int set_add(lua_State *L)
{
    Value *v = set_of(L, 1);
    if (v->nwords >= 10000) return luaL_error(L, "a set holds at most 10000 words");
    if (!value_set_add(v, word_arg(L, 2))) return luaL_error(L, "out of memory");
    return 0;
}

static int set_remove(lua_State *L)
{
    value_set_remove(set_of(L, 1), word_arg(L, 2));
    return 0;
}

static int set_count(lua_State *L)
{
    lua_pushinteger(L, set_of(L, 1)->nwords);
    return 1;
}

/* s.clues:words(): the words in order, as a list. */
static int set_words(lua_State *L)
{
    Value *v = set_of(L, 1);
    lua_createtable(L, v->nwords, 0);
    for (int i = 0; i < v->nwords; i++) {
        lua_pushstring(L, v->words[i]);
        lua_rawseti(L, -2, i + 1);
    }
    return 1;
}

static int set_text(lua_State *L)
{
    Buf b = {0};
    value_set_text(set_of(L, 1), &b);
    char *text = buf_take(&b);
    if (text == NULL) return luaL_error(L, "out of memory");
    lua_pushstring(L, text);
    free(text);
    return 1;
}

static void push_set(lua_State *L, int slot)
{
    SetView *view = lua_newuserdatauv(L, sizeof *view, 0);
    view->slot = slot;
    view->temp = false;
    luaL_setmetatable(L, SET_MT);
}

/* A list of words from story code becomes a set's value. */
static void set_from_list(lua_State *L, int idx, Value *v)
{
    Value fresh = {.type = VAL_SET};
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
    for (lua_Integer i = 1; i <= n && i <= 10000; i++) {
        lua_rawgeti(L, idx, i);
        bool ok = value_set_add(&fresh, word_arg(L, -1));
        lua_pop(L, 1);
        if (!ok) {
            value_free(&fresh);
            luaL_error(L, "out of memory");
        }
    }
    value_free(v);
    *v = fresh;
}

/* ---------------------------------------------------------------- state */

static void push_value(lua_State *L, const Value *v, int slot)
{
    switch (v->type) {
    case VAL_STRING: lua_pushstring(L, v->string); break;
    case VAL_NUMBER: push_number(L, v->number); break;
    case VAL_BOOLEAN: lua_pushboolean(L, v->boolean); break;
    case VAL_SET: push_set(L, slot); break;
    }
}

static const char *const TYPE_NAMES[] = {"a string", "a number", "a boolean", "a set of words"};

/* A Lua value at idx into *v, for a variable of v's type (or of any simple
 * type when `any`, for temporary values). */
static void value_from(lua_State *L, int idx, Value *v, bool any, const char *name)
{
    int t = lua_type(L, idx);
    if (any && (t == LUA_TSTRING || t == LUA_TNUMBER || t == LUA_TBOOLEAN)) {
        value_free(v);
        v->type = t == LUA_TSTRING ? VAL_STRING : t == LUA_TNUMBER ? VAL_NUMBER : VAL_BOOLEAN;
    }
    if (v->type == VAL_SET && t == LUA_TTABLE) {
        set_from_list(L, idx, v);
        return;
    }
    int want = v->type == VAL_STRING ? LUA_TSTRING : v->type == VAL_NUMBER ? LUA_TNUMBER :
               v->type == VAL_BOOLEAN ? LUA_TBOOLEAN : LUA_TTABLE;
    if (t != want || (any && t == LUA_TTABLE))
        luaL_error(L, "%s '%s' holds %s, not %s", any ? "here." : "variable", name, TYPE_NAMES[v->type],
                   luaL_typename(L, idx));
    if (v->type == VAL_STRING) {
        size_t len;
        const char *s = lua_tolstring(L, idx, &len);
        if (len > 4096) luaL_error(L, "variable '%s': a string longer than 4096 bytes", name);
        char *copy = malloc(len + 1);
        if (copy == NULL) luaL_error(L, "out of memory");
        memcpy(copy, s, len);
        copy[len] = '\0';
        free(v->string);
        v->string = copy;
    } else if (v->type == VAL_NUMBER) {
        v->number = lua_tonumber(L, idx);
    } else {
        v->boolean = lua_toboolean(L, idx);
    }
}

static const char HERE_KEY = 'h';  /* registry: the proxy of s.here */

static int proxy_index(lua_State *L)
{
    ScriptState *st = get_state(L);
    if (lua_type(L, 2) == LUA_TSTRING && strcmp(lua_tostring(L, 2), "pronoun") == 0) {
        if (st->reads) st->reads[SCRIPT_READS_PRONOUN(st->story)] = 1;
        lua_pushstring(L, pronoun_id(*st->pronoun));
        return 1;
    }
    if (lua_type(L, 2) == LUA_TSTRING && strcmp(lua_tostring(L, 2), "here") == 0) {
        lua_rawgetp(L, LUA_REGISTRYINDEX, &HERE_KEY);
        return 1;
    }
    int slot = slot_of(L, st, 2);
    if (st->reads) st->reads[slot] = 1;
    if (slot >= st->story->nvars) {
        push_number(L, st->meters[slot - st->story->nvars]);
        return 1;
    }
    push_value(L, &st->vars[slot], slot);
    return 1;
}

static int proxy_newindex(lua_State *L)
{
    ScriptState *st = get_state(L);
    if (lua_type(L, 2) == LUA_TSTRING && strcmp(lua_tostring(L, 2), "pronoun") == 0)
        return luaL_error(L, "'pronoun' is chosen by the player and cannot be changed");
    if (lua_type(L, 2) == LUA_TSTRING && strcmp(lua_tostring(L, 2), "here") == 0)
        return luaL_error(L, "'here' holds the scene's temporary values: set s.here.name = value");
    int slot = slot_of(L, st, 2);
    const char *name = lua_tostring(L, 2);
    if (slot >= st->story->nvars) {
        if (lua_type(L, 3) != LUA_TNUMBER)
            return luaL_error(L, "meter '%s' takes a number, not %s", name, luaL_typename(L, 3));
        double m = lua_tonumber(L, 3);
        if (isnan(m)) return luaL_error(L, "meter '%s' cannot be set to NaN", name);
        st->meters[slot - st->story->nvars] = m < 0 ? 0 : m > 100 ? 100 : m;
        return 0;
    }
    value_from(L, 3, &st->vars[slot], false, name);
    return 0;
}

/* s.here.name: a value that lasts until the next scene is entered. */
static int here_index(lua_State *L)
{
    ScriptState *st = get_state(L);
    const Value *v = lua_type(L, 2) == LUA_TSTRING ? temps_get(st->temps, lua_tostring(L, 2)) : NULL;
    if (st->reads) st->reads[SCRIPT_READS_HERE(st->story)] = 1;
    if (v) push_value(L, v, -1);
    else lua_pushnil(L);
    return 1;
}

static int here_newindex(lua_State *L)
{
    ScriptState *st = get_state(L);
    if (lua_type(L, 2) != LUA_TSTRING) return luaL_error(L, "s.here has only named fields");
    const char *name = lua_tostring(L, 2);
    int t = lua_type(L, 3);
    if (t != LUA_TSTRING && t != LUA_TNUMBER && t != LUA_TBOOLEAN)
        return luaL_error(L, "s.here.%s takes a string, a number or a boolean, not %s", name, luaL_typename(L, 3));
    Value v = {.type = VAL_BOOLEAN};
    value_from(L, 3, &v, true, name);
    bool ok = temps_set(st->temps, name, &v);
    value_free(&v);
    return ok ? 0 : luaL_error(L, "out of memory");
}

/* The scene named by argument 1, or an error in the story's terms. */
static int scene_arg(lua_State *L, ScriptState *st, const char *fn)
{
    if (lua_type(L, 1) != LUA_TSTRING)
        luaL_error(L, "%s takes a scene name in quotes, like %s(\"kitchen\"), not %s", fn, fn, luaL_typename(L, 1));
    const char *name = lua_tostring(L, 1);
    int scene = story_scene(st->story, name);
    if (scene < 0) luaL_error(L, "no scene is called '%s'", name);
    return scene;
}

/* visits("scene"): how many times the scene has been entered. */
static int script_visits(lua_State *L)
{
    ScriptState *st = get_state(L);
    if (st->reads) st->reads[SCRIPT_READS_VISITS(st->story)] = 1;
    lua_pushinteger(L, st->visits[scene_arg(L, st, "visits")]);
    return 1;
}

/* turns_since("scene"): choices made since the scene was last entered
 * (0 while in it), or -1 if it never was. */
static int script_turns_since(lua_State *L)
{
    ScriptState *st = get_state(L);
    if (st->reads) st->reads[SCRIPT_READS_VISITS(st->story)] = 1;
    int scene = scene_arg(L, st, "turns_since");
    lua_pushinteger(L, st->visits[scene] ? *st->turn - st->last_turn[scene] : -1);
    return 1;
}

/* taken("id") or taken("scene/id"): how many times a choice was taken. */
static int script_taken(lua_State *L)
{
    ScriptState *st = get_state(L);
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, "taken takes a choice's id in quotes, like taken(\"ask-about-the-letter\"), not %s",
                          luaL_typename(L, 1));
    int c = story_choice(st->story, lua_tostring(L, 1));
    if (c == -2) return luaL_error(L, "choices in several scenes have the id '%s': write taken(\"scene/%s\")",
                                   lua_tostring(L, 1), lua_tostring(L, 1));
    if (c < 0) return luaL_error(L, "no choice has the id '%s'", lua_tostring(L, 1));
    if (st->reads) st->reads[SCRIPT_READS_TAKEN(st->story)] = 1;
    lua_pushinteger(L, st->chosen[c]);
    return 1;
}

/* achieve("id"): earns an achievement the story declares. */
static int script_achieve(lua_State *L)
{
    ScriptState *st = get_state(L);
    const char *id = luaL_checkstring(L, 1);
    for (int i = 0; i < st->story->nachievements; i++)
        if (strcmp(st->story->achievements[i].id, id) == 0) {
            st->achieved[i] = true;
            return 0;
        }
    return luaL_error(L, "no achievement '%s' is declared", id);
}

static const luaL_Reg GLOBALS[] = {
    {"visits", script_visits}, {"turns_since", script_turns_since}, {"taken", script_taken},
    {"achieve", script_achieve}, {NULL, NULL},
};

static const luaL_Reg SET_METHODS[] = {
    {"has", set_has}, {"add", set_add}, {"remove", set_remove}, {"count", set_count}, {"words", set_words},
    {NULL, NULL},
};

/* A table that answers through index and newindex, left on the stack. */
static void push_proxy(lua_State *L, lua_CFunction index, lua_CFunction newindex)
{
    lua_newtable(L);
    sandbox_guard(L, index, newindex);
}

static int install(lua_State *L)
{
    sandbox_push_env(L);
    lua_getfield(L, -1, "math");
    lua_pushcfunction(L, script_random);
    lua_setfield(L, -2, "random");
    lua_pop(L, 1);
    luaL_setfuncs(L, GLOBALS, 0);
    lua_pop(L, 1);

    luaL_newmetatable(L, SET_MT);
    luaL_newlib(L, SET_METHODS);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, set_count);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, set_text);
    lua_setfield(L, -2, "__tostring");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);

    push_proxy(L, proxy_index, proxy_newindex);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &PROXY_KEY);
    push_proxy(L, here_index, here_newindex);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &HERE_KEY);
    return 0;
}

bool script_install(char *err, size_t errlen)
{
    return sandbox_protect(install, NULL, err, errlen);
}

/* ------------------------------------------------------------- calls */

typedef enum { CALL_TEXT, CALL_CONDITION, CALL_EFFECT, CALL_TARGET, CALL_RULE } CallKind;

typedef struct {
    ScriptState *st;
    int fn;
    CallKind kind;
    const PlayInfo *play; /* CALL_RULE: its first argument */
    bool optional;        /* CALL_TARGET: nil (no scene) is allowed */
    bool truth;    /* CALL_CONDITION / CALL_RULE result */
    char *text;    /* CALL_TEXT / CALL_TARGET result, CALL_RULE's why; malloc'd */
} Call;

/* The playthrough as a rule's check sees it: a plain table. */
static void push_play(lua_State *L, const ScriptState *st, const PlayInfo *p)
{
    lua_createtable(L, 0, 4);
    lua_pushstring(L, p->ending);
    lua_setfield(L, -2, "ending");
    if (p->kind) {
        lua_pushstring(L, p->kind);
        lua_setfield(L, -2, "kind");
    }
    lua_pushinteger(L, p->decisions);
    lua_setfield(L, -2, "choices");
    lua_createtable(L, 0, st->story->ntags);
    for (int t = 0; t < st->story->ntags; t++) {
        lua_pushinteger(L, p->tag_counts[t]);
        lua_setfield(L, -2, st->story->tags[t]);
    }
    lua_setfield(L, -2, "tags");
}

/* Raises "FILE:LINE: message" at the line the function at idx was defined. */
static int error_in(lua_State *L, int idx, const char *msg)
{
    lua_Debug ar;
    lua_pushvalue(L, idx);
    lua_getinfo(L, ">S", &ar);
    return luaL_error(L, "%s:%d: %s", ar.short_src, ar.linedefined, msg);
}

static int run_call(lua_State *L)
{
    Call *c = lua_touserdata(L, 1);
    lua_pushlightuserdata(L, c->st);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &STATE_KEY);
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->fn);          /* 2: the function */
    lua_pushvalue(L, 2);
    if (c->kind == CALL_RULE) push_play(L, c->st, c->play); /* a rule's check: (play, s) */
    lua_rawgetp(L, LUA_REGISTRYINDEX, &PROXY_KEY);     /* its argument: s */
    lua_call(L, c->kind == CALL_RULE ? 2 : 1, 2);      /* 3, 4: what it returns */
    /* rawset on the proxy would hide fields from the C state: refuse it. */
    lua_rawgetp(L, LUA_REGISTRYINDEX, &PROXY_KEY);
    lua_pushnil(L);
    if (lua_next(L, -2)) return error_in(L, 2, "the state table was changed with rawset; assign s.name = value instead");
    lua_pop(L, 1);
    int t = lua_type(L, 3);
    switch (c->kind) {
    case CALL_CONDITION: c->truth = lua_toboolean(L, 3); break;
    case CALL_RULE:
        c->truth = lua_toboolean(L, 3);
        if (!c->truth && lua_type(L, 4) == LUA_TSTRING && (c->text = strdup(lua_tostring(L, 4))) == NULL)
            return luaL_error(L, "out of memory");
        break;
    case CALL_EFFECT: break;
    case CALL_TEXT:
        if (t == LUA_TNIL) break;
        if (t != LUA_TSTRING) return error_in(L, 2, "a text function must return a string or nil");
        /* fall through */
    case CALL_TARGET:
        if (t == LUA_TNIL && c->optional) break;
        if (t != LUA_TSTRING) return error_in(L, 2, "a 'go' function must return a scene name");
        c->text = strdup(lua_tostring(L, 3));
        if (c->text == NULL) return luaL_error(L, "out of memory");
        break;
    }
    return 0;
}

/* The developer console's :eval: an expression (or statements) of story
 * code, with the state as `s`, in the story's environment. */
typedef struct {
    ScriptState *st;
    const char *code;
    Buf out;
} Eval;

static int run_eval(lua_State *L)
{
    Eval *e = lua_touserdata(L, 1);
    lua_pushlightuserdata(L, e->st);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &STATE_KEY);
    lua_pushfstring(L, "local s = ...\nreturn %s", e->code); /* an expression; else statements */
    if (luaL_loadbufferx(L, lua_tostring(L, -1), lua_rawlen(L, -1), "=console", "t") != LUA_OK) {
        lua_pop(L, 2);
        lua_pushfstring(L, "local s = ...\n%s", e->code);
        if (luaL_loadbufferx(L, lua_tostring(L, -1), lua_rawlen(L, -1), "=console", "t") != LUA_OK) return lua_error(L);
    }
    sandbox_push_env(L);
    lua_setupvalue(L, -2, 1);
    int base = lua_gettop(L) - 1;
    lua_rawgetp(L, LUA_REGISTRYINDEX, &PROXY_KEY);
    lua_call(L, 1, LUA_MULTRET);
    for (int i = base + 1; i <= lua_gettop(L); i++) {
        size_t len;
        const char *v = luaL_tolstring(L, i, &len);
        buf_printf(&e->out, "%s%.*s", i > base + 1 ? ", " : "", (int)(len < 4000 ? len : 4000), v);
        lua_pop(L, 1);
    }
    return 0;
}

bool script_eval(ScriptState *st, const char *code, char **out, char *err, size_t errlen)
{
    Eval e = {.st = st, .code = code};
    bool ok = sandbox_protect(run_eval, &e, err, errlen);
    *out = buf_take(&e.out);
    if (!ok) {
        free(*out);
        *out = NULL;
    }
    return ok;
}

static bool call(ScriptState *st, int fn, Call *c, CallKind kind, char *err, size_t errlen)
{
    Call keep = *c;
    memset(c, 0, sizeof *c);
    c->play = keep.play;
    c->optional = keep.optional;
    c->st = st;
    c->fn = fn;
    c->kind = kind;
    bool ok = sandbox_protect(run_call, c, err, errlen);
    if (!ok) {
        free(c->text);
        c->text = NULL;
    }
    return ok;
}

bool script_text(ScriptState *st, int fn, char **out, char *err, size_t errlen)
{
    Call c = {0};
    bool ok = call(st, fn, &c, CALL_TEXT, err, errlen);
    *out = c.text;
    return ok;
}

bool script_condition(ScriptState *st, int fn, bool *out, char *err, size_t errlen)
{
    Call c = {0};
    bool ok = call(st, fn, &c, CALL_CONDITION, err, errlen);
    *out = c.truth;
    return ok;
}

bool script_effect(ScriptState *st, int fn, char *err, size_t errlen)
{
    Call c = {0};
    return call(st, fn, &c, CALL_EFFECT, err, errlen);
}

bool script_rule(ScriptState *st, int fn, const PlayInfo *play, bool *ok, char **why, char *err, size_t errlen)
{
    Call c = {.play = play};
    bool done = call(st, fn, &c, CALL_RULE, err, errlen);
    *ok = c.truth;
    *why = c.text;
    return done;
}

bool script_target(ScriptState *st, int fn, bool optional, char **out, char *err, size_t errlen)
{
    Call c = {.optional = optional};
    bool ok = call(st, fn, &c, CALL_TARGET, err, errlen);
    *out = c.text;
    return ok;
}
