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

#include "core/sandbox_lua.h"

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
    if (slot < 0) luaL_error(L, "'%s' is not a variable or meter declared in story { ... }", name);
    return slot;
}

/* Whole numbers go to Lua as integers, so they print as "3", not "3.0". */
static void push_number(lua_State *L, double v)
{
    if (v == floor(v) && fabs(v) < 9007199254740992.0) lua_pushinteger(L, (lua_Integer)v);
    else lua_pushnumber(L, v);
}

static int proxy_index(lua_State *L)
{
    ScriptState *st = get_state(L);
    if (lua_type(L, 2) == LUA_TSTRING && strcmp(lua_tostring(L, 2), "pronoun") == 0) {
        if (st->reads) st->reads[SCRIPT_READS_PRONOUN(st->story)] = 1;
        lua_pushstring(L, pronoun_id(*st->pronoun));
        return 1;
    }
    int slot = slot_of(L, st, 2);
    if (st->reads) st->reads[slot] = 1;
    if (slot >= st->story->nvars) {
        push_number(L, st->meters[slot - st->story->nvars]);
        return 1;
    }
    const Value *v = &st->vars[slot];
    switch (v->type) {
    case VAL_STRING: lua_pushstring(L, v->string); break;
    case VAL_NUMBER: push_number(L, v->number); break;
    case VAL_BOOLEAN: lua_pushboolean(L, v->boolean); break;
    }
    return 1;
}

static const char *const TYPE_NAMES[] = {"a string", "a number", "a boolean"};

static int proxy_newindex(lua_State *L)
{
    ScriptState *st = get_state(L);
    if (lua_type(L, 2) == LUA_TSTRING && strcmp(lua_tostring(L, 2), "pronoun") == 0)
        return luaL_error(L, "'pronoun' is chosen by the player and cannot be changed");
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
    Value *v = &st->vars[slot];
    int t = lua_type(L, 3);
    int want = v->type == VAL_STRING ? LUA_TSTRING : v->type == VAL_NUMBER ? LUA_TNUMBER : LUA_TBOOLEAN;
    if (t != want)
        return luaL_error(L, "variable '%s' holds %s, not %s", name, TYPE_NAMES[v->type], luaL_typename(L, 3));
    if (v->type == VAL_STRING) {
        size_t len;
        const char *s = lua_tolstring(L, 3, &len);
        if (len > 4096) return luaL_error(L, "variable '%s': a string longer than 4096 bytes", name);
        char *copy = malloc(len + 1);
        if (copy == NULL) return luaL_error(L, "out of memory");
        memcpy(copy, s, len);
        copy[len] = '\0';
        free(v->string);
        v->string = copy;
    } else if (v->type == VAL_NUMBER) {
        v->number = lua_tonumber(L, 3);
    } else {
        v->boolean = lua_toboolean(L, 3);
    }
    return 0;
}

/* The scene named by argument 1, or an error naming the closest. */
static int scene_arg(lua_State *L, ScriptState *st)
{
    const char *name = luaL_checkstring(L, 1);
    int scene = story_scene(st->story, name);
    if (scene < 0) luaL_error(L, "no scene is called '%s'", name);
    return scene;
}

/* visits("scene"): how many times the scene has been entered. */
static int script_visits(lua_State *L)
{
    ScriptState *st = get_state(L);
    if (st->reads) st->reads[SCRIPT_READS_VISITS(st->story)] = 1;
    lua_pushinteger(L, st->visits[scene_arg(L, st)]);
    return 1;
}

/* turns_since("scene"): choices made since the scene was last entered
 * (0 while in it), or -1 if it never was. */
static int script_turns_since(lua_State *L)
{
    ScriptState *st = get_state(L);
    if (st->reads) st->reads[SCRIPT_READS_VISITS(st->story)] = 1;
    int scene = scene_arg(L, st);
    lua_pushinteger(L, st->visits[scene] ? *st->turn - st->last_turn[scene] : -1);
    return 1;
}

static int install(lua_State *L)
{
    (void)L;
    sandbox_push_env(L);
    lua_getfield(L, -1, "math");
    lua_pushcfunction(L, script_random);
    lua_setfield(L, -2, "random");
    lua_pop(L, 1);
    lua_pushcfunction(L, script_visits);
    lua_setfield(L, -2, "visits");
    lua_pushcfunction(L, script_turns_since);
    lua_setfield(L, -2, "turns_since");
    lua_pop(L, 1);

    lua_newtable(L);                  /* the proxy */
    lua_newtable(L);                  /* its metatable */
    lua_pushcfunction(L, proxy_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, proxy_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &PROXY_KEY);
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
        if (t != LUA_TSTRING) return error_in(L, 2, "a 'go' function must return a scene name");
        c->text = strdup(lua_tostring(L, 3));
        if (c->text == NULL) return luaL_error(L, "out of memory");
        break;
    }
    return 0;
}

static bool call(ScriptState *st, int fn, Call *c, CallKind kind, char *err, size_t errlen)
{
    const PlayInfo *play = c->play;
    memset(c, 0, sizeof *c);
    c->play = play;
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

bool script_target(ScriptState *st, int fn, char **out, char *err, size_t errlen)
{
    Call c = {0};
    bool ok = call(st, fn, &c, CALL_TARGET, err, errlen);
    *out = c.text;
    return ok;
}
