/* lang.c - the story language: story, scene, choice, ask, ending and the
 * rest, run as the story file loads, building the C model of story.h.
 *
 * Declarations record the line they were made on, so checks done after the
 * file has run still name the story's own file and line.
 *
 * Anything here may raise a Lua error (a bad field, the text budget, out of
 * memory) and unwind to story_load, which frees the model. So every copy is
 * stored where the model or the loader owns it before the next call that can
 * raise: never `list[n++] = copy(...)`, whose order C leaves open. */
#include "core/story.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "base/buf.h"
#include "base/disk.h"
#include "base/suggest.h"
#include "core/interp.h"
#include "core/sandbox_lua.h"
#include "core/value.h"

/* ------------------------------------------------------------ the loader */

typedef enum { TOKEN_CHOICE, TOKEN_ASK, TOKEN_VARIATION, TOKEN_GROUP, TOKEN_GATHER, TOKEN_BREAK } TokenKind;

/* What a choice or ask declaration returns to its scene: a token the story
 * cannot forge (a userdata with an engine metatable). */
typedef struct {
    TokenKind kind;
    int index;   /* into Loader.pending, .asks, .variations or .group_refs */
    bool used;
} Token;

/* A declaration's head (`choice "x"`, `scene "x"`, ...): it declares
 * nothing until it is given its { fields }. */
typedef struct {
    const char *what;     /* "choice", "ask", "scene" or "ending" */
    char *name;
    int file, line;
    bool done;            /* its { fields } were given */
} Header;

typedef struct {
    Story *story;
    int story_line;       /* line of story{}, 0 if none yet */
    Choice **pending;     /* choices not yet placed in a scene (NULL once placed: the scene has it) */
    int npending, cap_pending;
    int cap_scenes;       /* room in story->scenes */
    int *pending_scene;   /* for each pending choice: has a scene taken it */
    Ask *asks;
    int nasks;
    int *ask_placed;
    Paragraph *variations; /* text variations not yet placed in a scene */
    int nvariations;
    char **group_refs;    /* storylet group names used as targets */
    int ngroup_refs;
    Header *headers;      /* every head, to report those never completed */
    int nheaders, headercap;
    Buf problems;         /* "FILE:LINE: message\n" lines of the checks after loading */
    size_t text_bytes;    /* kept so far (text, scenes, choices), against sandbox_kept_max() */
    int file;             /* the file being run (Story.files): every declaration records it */
    int depth;            /* of includes being run */
} Loader;

static const char LOADER_KEY = 'l';
static const char TOKEN_MT[] = "rekindle.token";

/* The loader of the story being loaded. The DSL functions stay in the
 * story's environment after loading, where story code could still call
 * them: the loader is gone by then, so they raise an error instead. */
static Loader *get_loader(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &LOADER_KEY);
    Loader *ld = lua_touserdata(L, -1);
    lua_pop(L, 1);
    if (ld == NULL)
        luaL_error(L, "story, scene, choice, ask and ending can be used only while the story file loads");
    return ld;
}

static void *xrealloc(lua_State *L, void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (q == NULL) luaL_error(L, "out of memory");
    return q;
}

static Loader *get_loader(lua_State *L);

/* What the engine keeps of the story (copies of its strings, its scenes and
 * choices) lives outside the Lua heap, so it gets a budget of its own, a
 * quarter of the memory limit: a story cannot make one big string and copy
 * it a thousand times, nor declare scenes in an endless loop. */
static void keep(lua_State *L, size_t n)
{
    Loader *ld = get_loader(L);
    ld->text_bytes += n;
    size_t max = sandbox_kept_max();
    if (ld->text_bytes > max)
        luaL_error(L, "the story's text, scenes and choices are larger than %d MiB (a quarter of the memory "
                   "limit; more with --memory-limit MIB)", (int)(max >> 20));
}

static char *xstrdup(lua_State *L, const char *s)
{
    size_t n = strlen(s) + 1;
    keep(L, n);
    char *d = xrealloc(L, NULL, n);
    memcpy(d, s, n);
    return d;
}

/* The line of the story code calling the running DSL function. */
static int caller_line(lua_State *L)
{
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) return ar.currentline;
    return 0;
}

#define PATH(L) (story_path(get_loader(L)->story, get_loader(L)->file))

/* --------------------------------------------------------- field readers */

/* A choice's fields; its other fields name meters, so no meter may be called one of these. */
static const char *const CHOICE_FIELDS[] = {"go", "when", "effect", "once", "note", "id", "tags", "available",
                                            "reason", "call", "back", "fallback", "achieve", "turning_point", NULL};

/* Ids name stories and choices in saves and paths: a-z, 0-9 and '-'. */
static bool valid_id(const char *s)
{
    if (*s == '\0') return false;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-')) return false;
    return true;
}

/* Fields a declaration may have; meters are accepted too where `meters`,
 * and the items of its list (1, 2, ...) only where `items`. */
static void check_fields(lua_State *L, int t, int line, const char *what,
                         const char *const *known, bool meters, bool items)
{
    Loader *ld = get_loader(L);
    const char *cands[64];
    int n = 0;
    for (int i = 0; known[i] && n < 48; i++) cands[n++] = known[i];
    if (meters)
        for (int i = 0; i < ld->story->nmeters && n < 64; i++) cands[n++] = ld->story->meters[i].name;
    lua_Integer len = (lua_Integer)lua_rawlen(L, t);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TNUMBER && lua_isinteger(L, -1)) {
            lua_Integer k = lua_tointeger(L, -1);
            if (k >= 1 && k <= len) {
                if (items) continue;
                sandbox_error_at(L, ld->story->path, line,
                                 "%s: unexpected item %d in the { }; fields are written name = value", what, (int)k);
            }
        }
        if (lua_type(L, -1) != LUA_TSTRING)
            sandbox_error_at(L, ld->story->path, line, "%s: unexpected %s key", what,
                             luaL_typename(L, -1));
        const char *key = lua_tostring(L, -1);
        bool ok = false;
        for (int i = 0; i < n; i++) ok = ok || strcmp(key, cands[i]) == 0;
        if (!ok) {
            char hint[96];
            suggest(hint, sizeof hint, key, cands, n);
            sandbox_error_at(L, ld->story->path, line, "%s: unknown field '%s'%s", what, key, hint);
        }
    }
}

/* Reads t[name] raw; returns its type, the value on top of the stack. */
static int field(lua_State *L, int t, const char *name)
{
    lua_pushstring(L, name);
    return lua_rawget(L, t);
}

static void type_error(lua_State *L, int line, const char *what, const char *name, const char *want)
{
    sandbox_error_at(L, PATH(L), line, "%s: field '%s' must be %s, not %s", what, name, want,
                     luaL_typename(L, -1));
}

/* Optional string field: a strdup'd copy, or NULL when absent. */
static char *opt_string(lua_State *L, int t, const char *name, int line, const char *what)
{
    int ty = field(L, t, name);
    char *r = NULL;
    if (ty == LUA_TSTRING) r = xstrdup(L, lua_tostring(L, -1));
    else if (ty != LUA_TNIL) type_error(L, line, what, name, "a string");
    lua_pop(L, 1);
    return r;
}

static bool opt_boolean(lua_State *L, int t, const char *name, int line, const char *what)
{
    int ty = field(L, t, name);
    bool v = lua_toboolean(L, -1);
    if (ty != LUA_TNIL && ty != LUA_TBOOLEAN) type_error(L, line, what, name, "true or false");
    lua_pop(L, 1);
    return v;
}

static char *req_string(lua_State *L, int t, const char *name, int line, const char *what)
{
    char *r = opt_string(L, t, name, line, what);
    if (r == NULL) sandbox_error_at(L, PATH(L), line, "%s: missing field '%s'", what, name);
    return r;
}

/* Optional function field: a registry ref, or STORY_NOREF. */
static int opt_function(lua_State *L, int t, const char *name, int line, const char *what)
{
    int ty = field(L, t, name);
    if (ty == LUA_TFUNCTION) return luaL_ref(L, LUA_REGISTRYINDEX);
    if (ty != LUA_TNIL) type_error(L, line, what, name, "a function");
    lua_pop(L, 1);
    return STORY_NOREF;
}

static int require_table_arg(lua_State *L, const char *what, int line)
{
    if (lua_type(L, 1) != LUA_TTABLE)
        sandbox_error_at(L, PATH(L), line, "%s needs a table of fields, not %s", what,
                         luaL_typename(L, 1));
    return 1;
}

/* The declaration's name argument: a non-empty string. */
static const char *name_arg(lua_State *L, const char *what)
{
    if (lua_type(L, 1) != LUA_TSTRING || lua_rawlen(L, 1) == 0)
        sandbox_error_at(L, PATH(L), caller_line(L), "%s needs a name in quotes, e.g. %s \"kitchen\" { ... }",
                         what, what);
    return lua_tostring(L, 1);
}

/* Records a declaration's head, so one never given its { fields } is still
 * reported; returns its index (an upvalue of the closure that takes them).
 * Heads count against the text budget: a loop of them costs the story, not
 * the engine's memory. */
static int add_header(lua_State *L, const char *what, const char *name, int line)
{
    Loader *ld = get_loader(L);
    if (ld->nheaders == ld->headercap) {
        int cap = ld->headercap ? 2 * ld->headercap : 64;
        ld->headers = xrealloc(L, ld->headers, sizeof *ld->headers * (size_t)cap);
        ld->headercap = cap;
    }
    ld->text_bytes += sizeof *ld->headers;
    Header *h = &ld->headers[ld->nheaders];
    h->what = what;
    h->line = line;
    h->file = ld->file;
    h->done = false;
    h->name = NULL;
    ld->nheaders++;
    h->name = xstrdup(L, name);
    return ld->nheaders - 1;
}

/* Marks the head whose index is upvalue `up` of the running closure as given its fields. */
static void header_done(lua_State *L, int up)
{
    Header *h = &get_loader(L)->headers[lua_tointeger(L, lua_upvalueindex(up))];
    h->done = true;
    free(h->name); /* only a head left without fields is named again */
    h->name = NULL;
}

/* ----------------------------------------------------------- story { } */

static int value_from_lua(lua_State *L, int idx, Value *v)
{
    memset(v, 0, sizeof *v);
    switch (lua_type(L, idx)) {
    case LUA_TSTRING:
        v->type = VAL_STRING;
        v->string = xstrdup(L, lua_tostring(L, idx));
        return 1;
    case LUA_TNUMBER:
        v->type = VAL_NUMBER;
        v->number = lua_tonumber(L, idx);
        return 1;
    case LUA_TBOOLEAN:
        v->type = VAL_BOOLEAN;
        v->boolean = lua_toboolean(L, idx);
        return 1;
    case LUA_TTABLE: { /* a set of words: {} or { "a", "b" } */
        v->type = VAL_SET;
        idx = lua_absindex(L, idx);
        lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
        for (lua_Integer i = 1; i <= n; i++) {
            if (lua_rawgeti(L, idx, i) != LUA_TSTRING) return 0;
            get_loader(L)->text_bytes += lua_rawlen(L, -1) + 1;
            if (!value_set_add(v, lua_tostring(L, -1))) luaL_error(L, "out of memory");
            lua_pop(L, 1);
        }
        return 1;
    }
    default: return 0;
    }
}

static int cmp_meter(const void *a, const void *b)
{
    return strcmp(((const Meter *)a)->name, ((const Meter *)b)->name);
}

static int cmp_var(const void *a, const void *b)
{
    return strcmp(((const Var *)a)->name, ((const Var *)b)->name);
}

static bool valid_name(const char *s)
{
    if (!(isalpha((unsigned char)*s) || *s == '_')) return false;
    for (; *s; s++)
        if (!(isalnum((unsigned char)*s) || *s == '_')) return false;
    return true;
}

/* Pushes story field `name` when it is a table of name = value pairs and
 * returns true; false (nothing pushed) when it is absent. */
static bool named_table(lua_State *L, int t, int line, const char *name, const char *example)
{
    int ty = field(L, t, name);
    if (ty == LUA_TTABLE) return true;
    if (ty != LUA_TNIL) type_error(L, line, "story", name, example);
    lua_pop(L, 1);
    return false;
}

/* Inside lua_next over such a table: the key, which must be a word. */
static const char *named_key(lua_State *L, int line, const char *what)
{
    if (lua_type(L, -2) != LUA_TSTRING || !valid_name(lua_tostring(L, -2)))
        sandbox_error_at(L, PATH(L), line, "story: %s names must be words, like %s", what,
                         strcmp(what, "meter") == 0 ? "patience" : "name");
    const char *name = lua_tostring(L, -2);
    if (strcmp(name, "pronoun") == 0)
        sandbox_error_at(L, PATH(L), line, "story: 'pronoun' is the player's pick and cannot be a %s", what);
    return name;
}

static void read_meters(lua_State *L, int t, int line)
{
    Story *s = get_loader(L)->story;
    if (!named_table(L, t, line, "meters", "a table such as { patience = 50 }")) return;
    int m = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, m)) {
        const char *name = named_key(L, line, "meter");
        for (int i = 0; CHOICE_FIELDS[i]; i++)
            if (strcmp(name, CHOICE_FIELDS[i]) == 0)
                sandbox_error_at(L, s->path, line, "story: '%s' is a field of choices and cannot be a meter", name);
        if (lua_type(L, -1) != LUA_TNUMBER)
            sandbox_error_at(L, s->path, line, "story: meter '%s' needs a number from 0 to 100 as its start", name);
        double v = lua_tonumber(L, -1);
        if (!(v >= 0 && v <= 100))
            sandbox_error_at(L, s->path, line, "story: meter '%s' starts at %s, outside 0 to 100", name,
                             lua_tostring(L, -1));
        s->meters = xrealloc(L, s->meters, sizeof *s->meters * (size_t)(s->nmeters + 1));
        s->meters[s->nmeters].name = xstrdup(L, name);
        s->meters[s->nmeters++].start = v;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    qsort(s->meters, (size_t)s->nmeters, sizeof *s->meters, cmp_meter);
}

static void read_vars(lua_State *L, int t, int line)
{
    Story *s = get_loader(L)->story;
    if (!named_table(L, t, line, "vars", "a table such as { name = \"Sam\" }")) return;
    int m = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, m)) {
        const char *name = named_key(L, line, "variable");
        if (story_meter(s, name) >= 0)
            sandbox_error_at(L, s->path, line, "story: '%s' is declared twice (as a meter or a variable)", name);
        s->vars = xrealloc(L, s->vars, sizeof *s->vars * (size_t)(s->nvars + 1));
        Var *v = &s->vars[s->nvars++];
        memset(v, 0, sizeof *v);
        v->name = xstrdup(L, name);
        if (!value_from_lua(L, -1, &v->initial))
            sandbox_error_at(L, s->path, line,
                             "story: variable '%s' must start as a string, number, boolean or a list of words "
                             "(a set), not %s",
                             name, luaL_typename(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    qsort(s->vars, (size_t)s->nvars, sizeof *s->vars, cmp_var);
}

/* Appends a copy of word to a list of strings. */
static void add_word(lua_State *L, char ***list, int *n, const char *word)
{
    *list = xrealloc(L, *list, sizeof **list * (size_t)(*n + 1));
    char *copy = xstrdup(L, word);
    (*list)[(*n)++] = copy;
}

/* Raises unless the value on top of the stack is a word: what kinds and
 * tags are, so that rules and reports can name them. */
static const char *word_on_top(lua_State *L, int line, const char *what, const char *one)
{
    if (lua_type(L, -1) != LUA_TSTRING)
        sandbox_error_at(L, PATH(L), line, "%s: each %s is a word in quotes, not %s", what, one, luaL_typename(L, -1));
    const char *w = lua_tostring(L, -1);
    if (!valid_name(w))
        sandbox_error_at(L, PATH(L), line, "%s: %s '%s' is not a word: use letters, digits and _%s", what, one, w,
                         strchr(w, '-') ? " (a '-' is not allowed: write 'the_end' for 'the-end')" : "");
    return w;
}

/* Reads story field `name`, a list of words, into *list; *declared says
 * whether the story gave one. */
static void read_words(lua_State *L, int t, int line, const char *name, const char *one, char ***list, int *n,
                       bool *declared)
{
    int ty = field(L, t, name);
    *declared = ty != LUA_TNIL;
    if (ty == LUA_TTABLE) {
        lua_Integer len = (lua_Integer)lua_rawlen(L, -1);
        for (lua_Integer i = 1; i <= len; i++) {
            lua_rawgeti(L, -1, i);
            add_word(L, list, n, word_on_top(L, line, "story", one));
            lua_pop(L, 1);
        }
    } else if (ty != LUA_TNIL) {
        type_error(L, line, "story", name, "a list of words such as { \"growth\", \"apart\" }");
    }
    lua_pop(L, 1);
}

/* The index of `word` in one of the story's vocabularies (kinds, tags).
 * Where the story declared the list, an unknown word is an error naming the
 * closest; where it did not, the word joins the list. */
static int vocabulary_index(lua_State *L, char ***list, int *n, bool declared, const char *word, int line,
                            const char *what, const char *one, const char *field_name)
{
    for (int i = 0; i < *n; i++)
        if (strcmp((*list)[i], word) == 0) return i;
    if (declared) {
        char hint[96];
        suggest(hint, sizeof hint, word, (const char *const *)*list, *n);
        sandbox_error_at(L, PATH(L), line, "%s: %s '%s' is not one the story declares%s; declare it in story { %s = ... }",
                         what, one, word, hint, field_name);
    }
    add_word(L, list, n, word);
    return *n - 1;
}

/* What a story says it covers, for a collection's listing: numbers its
 * collection gives meaning to (the engine gives them none). */
static void read_covers(lua_State *L, int t, int line)
{
    Story *s = get_loader(L)->story;
    int ty = field(L, t, "covers");
    if (ty != LUA_TNIL && ty != LUA_TTABLE) type_error(L, line, "story", "covers", "a list of whole numbers");
    lua_Integer len = ty == LUA_TTABLE ? (lua_Integer)lua_rawlen(L, -1) : 0;
    for (lua_Integer i = 1; i <= len; i++) {
        lua_Integer v = 0;
        if (lua_rawgeti(L, -1, i) == LUA_TNUMBER && lua_isinteger(L, -1)) v = lua_tointeger(L, -1);
        if (v < 1 || v > 9999) sandbox_error_at(L, s->path, line, "story: covers must be a list of whole numbers from 1");
        s->covers = xrealloc(L, s->covers, sizeof *s->covers * (size_t)(s->ncovers + 1));
        s->covers[s->ncovers++] = (int)v;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static int dsl_story(lua_State *L)
{
    static const char *const fields[] = {"id", "title", "author", "blurb", "start", "meters",
                                         "vars", "kinds", "tags", "covers", "show_meters", NULL};
    Loader *ld = get_loader(L);
    Story *s = ld->story;
    int line = caller_line(L);
    require_table_arg(L, "story", line);
    if (ld->story_line)
        sandbox_error_at(L, s->path, line, "story { ... } is declared twice (first on line %d)", ld->story_line);
    if (s->nscenes > 0 || ld->npending > 0)
        sandbox_error_at(L, s->path, line, "story { ... } must come before the scenes");
    if (ld->file != 0) sandbox_error_at(L, PATH(L), line, "story { ... } belongs in the story's own file, not one it includes");
    ld->story_line = s->line = line;
    check_fields(L, 1, line, "story", fields, false, false);
    s->id = req_string(L, 1, "id", line, "story");
    if (!valid_id(s->id))
        sandbox_error_at(L, s->path, line, "story: id '%s' must be a word of a-z, 0-9 and '-'", s->id);
    s->title = req_string(L, 1, "title", line, "story");
    s->author = opt_string(L, 1, "author", line, "story");
    s->blurb = opt_string(L, 1, "blurb", line, "story");
    s->start_name = req_string(L, 1, "start", line, "story");
    s->show_meters = opt_boolean(L, 1, "show_meters", line, "story");
    read_meters(L, 1, line);
    read_vars(L, 1, line);
    read_words(L, 1, line, "kinds", "kind", &s->kinds, &s->nkinds, &s->kinds_declared);
    read_words(L, 1, line, "tags", "tag", &s->tags, &s->ntags, &s->tags_declared);
    read_covers(L, 1, line);
    return 0;
}

/* ---------------------------------------------------------- choice, ask */

static void push_token(lua_State *L, TokenKind kind, int index)
{
    Token *t = lua_newuserdatauv(L, sizeof *t, 0);
    t->kind = kind;
    t->index = index;
    t->used = false;
    luaL_setmetatable(L, TOKEN_MT);
}

/* A stable id from a label: lowercase ASCII words joined by '-'. */
static void derive_id(char *buf, size_t size, const char *label)
{
    size_t n = 0;
    bool dash = false;
    for (const char *p = label; *p && n + 2 < size && n < 40; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) && c < 0x80) {
            if (dash && n > 0) buf[n++] = '-';
            buf[n++] = (char)tolower(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    buf[n] = '\0';
    if (n == 0) { /* no ASCII letters: a hash of the label keeps it stable */
        unsigned h = 2166136261u;
        for (const char *p = label; *p; p++) h = (h ^ (unsigned char)*p) * 16777619u;
        snprintf(buf, size, "c%08x", h);
    }
}

static void read_tags(lua_State *L, int t, Choice *c, const char *what)
{
    int ty = field(L, t, "tags");
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE) type_error(L, c->line, what, "tags", "a list of words");
    Story *s = get_loader(L)->story;
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        const char *tag = word_on_top(L, c->line, what, "tag");
        int k = vocabulary_index(L, &s->tags, &s->ntags, s->tags_declared, tag, c->line, what, "tag", "tags");
        c->tags = xrealloc(L, c->tags, sizeof *c->tags * (size_t)(c->ntags + 1));
        c->tags[c->ntags++] = k;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* A meter change on top of the stack: a number of points, or fairmath
 * "%+N" / "%-N" (a share of the way to 100, or to 0). False if neither. */
static bool meter_change(lua_State *L, MeterChange *m)
{
    if (lua_type(L, -1) == LUA_TNUMBER) {
        m->delta = lua_tonumber(L, -1);
        return isfinite(m->delta);
    }
    if (lua_type(L, -1) != LUA_TSTRING) return false;
    const char *v = lua_tostring(L, -1);
    char *end;
    if (v[0] != '%' || (v[1] != '+' && v[1] != '-')) return false;
    if (strspn(v + 2, "0123456789.") != strlen(v + 2)) return false; /* strtod alone takes " 20", "0x14", "2e1" */
    double pct = strtod(v + 2, &end);
    if (end == v + 2 || *end != '\0' || !(pct >= 0 && pct <= 100)) return false;
    m->fair = true;
    m->delta = v[1] == '+' ? pct : -pct;
    return true;
}

/* A scene to call: its name, or a function naming it (nil: no call). */
static void read_call(lua_State *L, int t, char **name, int *fn, int line, const char *what)
{
    int ty = field(L, t, "call");
    *fn = STORY_NOREF;
    if (ty == LUA_TSTRING) *name = xstrdup(L, lua_tostring(L, -1));
    else if (ty == LUA_TFUNCTION) *fn = luaL_ref(L, LUA_REGISTRYINDEX), lua_pushnil(L);
    else if (ty != LUA_TNIL) type_error(L, line, what, "call", "a scene name, or a function returning one or nil");
    lua_pop(L, 1);
}

/* Where a choice leads: `go` (a scene, a storylet group or a function),
 * `call` (a scene to visit and come back from) or `back`. With none of them
 * it leads on to the part of its scene after the next `gather`. */
static void read_target(lua_State *L, Choice *c, const char *what)
{
    int line = c->line;
    c->back = opt_boolean(L, 1, "back", line, what);
    read_call(L, 1, &c->call_name, &c->call_fn, line, what);
    int ty = field(L, 1, "go");
    if (ty == LUA_TSTRING) {
        c->target_name = xstrdup(L, lua_tostring(L, -1));
    } else if (ty == LUA_TFUNCTION) {
        lua_pushvalue(L, -1);
        c->go_fn = luaL_ref(L, LUA_REGISTRYINDEX);
    } else if (ty == LUA_TUSERDATA && luaL_testudata(L, -1, TOKEN_MT) &&
               ((Token *)lua_touserdata(L, -1))->kind == TOKEN_GROUP) {
        c->target_name = xstrdup(L, get_loader(L)->group_refs[((Token *)lua_touserdata(L, -1))->index]);
        c->group = STORY_GROUP_UNRESOLVED;
    } else if (ty != LUA_TNIL) {
        type_error(L, line, what, "go", "a scene name, storylets \"group\" or a function");
    }
    lua_pop(L, 1);
    if (c->back && (ty != LUA_TNIL || c->call_name || c->call_fn != STORY_NOREF))
        sandbox_error_at(L, PATH(L), line, "%s: 'back' returns to the caller, so it takes no 'go' or 'call'", what);
}

/* True when a choice says nowhere to go: its scene's next part is where. */
static bool leads_on(const Choice *c)
{
    return !c->target_name && c->go_fn == STORY_NOREF && !c->back && !c->call_name && c->call_fn == STORY_NOREF;
}

static void read_content(lua_State *L, int t, Paragraph **paras, int *n, int line, const char *what);

static int dsl_choice_body(lua_State *L)
{
    Loader *ld = get_loader(L);
    Story *s = ld->story;
    const char *label = lua_tostring(L, lua_upvalueindex(1));
    int line = (int)lua_tointeger(L, lua_upvalueindex(2));
    char what[96];
    header_done(L, 3);
    snprintf(what, sizeof what, "choice '%.60s'", label);
    require_table_arg(L, what, line);
    if (!ld->story_line) sandbox_error_at(L, s->path, line, "story { ... } must come before the scenes");
    check_fields(L, 1, line, what, CHOICE_FIELDS, true, true);
    keep(L, sizeof **ld->pending);

    if (ld->npending == ld->cap_pending) {
        ld->cap_pending = ld->cap_pending ? ld->cap_pending * 2 : 16;
        ld->pending = xrealloc(L, ld->pending, sizeof *ld->pending * (size_t)ld->cap_pending);
        ld->pending_scene = xrealloc(L, ld->pending_scene, sizeof(int) * (size_t)ld->cap_pending);
    }
    Choice *c = xrealloc(L, NULL, sizeof *c); /* one each, freed when a scene takes it: no copy of them all */
    memset(c, 0, sizeof *c);
    ld->pending[ld->npending] = c;
    c->line = line;
    c->file = ld->file;
    c->target = -1;
    c->go_fn = c->when_fn = c->effect_fn = c->available_fn = STORY_NOREF;
    ld->pending_scene[ld->npending++] = 0;

    c->label = xstrdup(L, label);
    c->group = -1;
    c->call = -1;
    c->call_fn = STORY_NOREF;
    c->achievement = -1;
    c->available_fn = STORY_NOREF;
    read_target(L, c, what);
    c->when_fn = opt_function(L, 1, "when", line, what);
    c->available_fn = opt_function(L, 1, "available", line, what);
    c->effect_fn = opt_function(L, 1, "effect", line, what);
    c->once = opt_boolean(L, 1, "once", line, what);
    c->turning_point = opt_boolean(L, 1, "turning_point", line, what);
    c->fallback = opt_boolean(L, 1, "fallback", line, what);
    c->note = opt_string(L, 1, "note", line, what);
    c->reason = opt_string(L, 1, "reason", line, what);
    if (c->reason && c->available_fn == STORY_NOREF)
        sandbox_error_at(L, s->path, line, "%s: a 'reason' needs an 'available' condition to explain", what);
    c->id = opt_string(L, 1, "id", line, what);
    if (c->id && !valid_id(c->id))
        sandbox_error_at(L, s->path, line, "%s: id '%s' must be a word of a-z, 0-9 and '-'", what, c->id);
    if (c->id == NULL) {
        char id[64];
        derive_id(id, sizeof id, label);
        c->id = xstrdup(L, id);
    }
    read_tags(L, 1, c, what);
    c->achieve = opt_string(L, 1, "achieve", line, what);
    read_content(L, 1, &c->content, &c->ncontent, line, what);
    for (int i = 0; i < s->nmeters; i++) {
        int ty = field(L, 1, s->meters[i].name);
        if (ty != LUA_TNIL) {
            c->changes = xrealloc(L, c->changes, sizeof *c->changes * (size_t)(c->nchanges + 1));
            c->changes[c->nchanges] = (MeterChange){.meter = i};
            if (!meter_change(L, &c->changes[c->nchanges]))
                type_error(L, line, what, s->meters[i].name, "a number, or a fairmath string like \"%+20\"");
            c->nchanges++;
        }
        lua_pop(L, 1);
    }
    push_token(L, TOKEN_CHOICE, ld->npending - 1);
    return 1;
}

/* `choice "label"` and `ask "prompt"`: a closure that takes the { fields },
 * holding the name, the line and the head's index as upvalues 1, 2, 3. */
static int declare_head(lua_State *L, const char *what, lua_CFunction body)
{
    const char *name = name_arg(L, what);
    int line = caller_line(L);
    lua_settop(L, 1);
    lua_pushinteger(L, line);
    lua_pushinteger(L, add_header(L, what, name, line));
    lua_pushcclosure(L, body, 3);
    return 1;
}

static int dsl_choice(lua_State *L) { return declare_head(L, "choice", dsl_choice_body); }

static void read_word_list(lua_State *L, int line, const char *what, const char *one, char ***list, int *n);

/* A question's bounds are whole numbers no larger than a double holds
 * exactly: the runtime and the tools convert answers between them to whole
 * numbers, which is undefined in C for NaN, infinity or a huge value. */
#define ASK_NUMBER_MAX 1e15

static bool whole_bound(lua_State *L, int idx)
{
    double x = lua_tonumber(L, idx);
    return x >= -ASK_NUMBER_MAX && x <= ASK_NUMBER_MAX && x == floor(x);
}

/* What a question accepts: number = { lo, hi }, or one_of = { words }. */
static void read_accepts(lua_State *L, Ask *a, int line)
{
    int ty = field(L, 1, "number");
    if (ty != LUA_TNIL) {
        if (ty != LUA_TTABLE || lua_rawlen(L, -1) != 2 || lua_rawgeti(L, -1, 1) != LUA_TNUMBER ||
            lua_rawgeti(L, -2, 2) != LUA_TNUMBER || !whole_bound(L, -2) || !whole_bound(L, -1) ||
            lua_tonumber(L, -2) > lua_tonumber(L, -1))
            sandbox_error_at(L, PATH(L), line,
                             "ask: 'number' is { lowest, highest }, two whole numbers (at most 10^15 either way), "
                             "like { 1, 10 }");
        a->number = true;
        a->lo = lua_tonumber(L, -2);
        a->hi = lua_tonumber(L, -1);
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    if (field(L, 1, "one_of") != LUA_TNIL) {
        if (a->number) sandbox_error_at(L, PATH(L), line, "ask: 'number' or 'one_of', not both");
        read_word_list(L, line, "ask", "word", &a->accept, &a->naccept);
    }
    lua_pop(L, 1);
}

static int dsl_ask_body(lua_State *L)
{
    static const char *const fields[] = {"into", "pronouns", "go", "number", "one_of", NULL};
    Loader *ld = get_loader(L);
    Story *s = ld->story;
    int line = (int)lua_tointeger(L, lua_upvalueindex(2));
    header_done(L, 3);
    require_table_arg(L, "ask", line);
    if (!ld->story_line) sandbox_error_at(L, s->path, line, "story { ... } must come before the scenes");
    check_fields(L, 1, line, "ask", fields, false, false);
    ld->asks = xrealloc(L, ld->asks, sizeof *ld->asks * (size_t)(ld->nasks + 1));
    ld->ask_placed = xrealloc(L, ld->ask_placed, sizeof(int) * (size_t)(ld->nasks + 1));
    Ask *a = &ld->asks[ld->nasks];
    memset(a, 0, sizeof *a);
    ld->ask_placed[ld->nasks++] = 0;
    a->line = line;
    a->file = ld->file;
    a->target = -1;
    a->prompt = xstrdup(L, lua_tostring(L, lua_upvalueindex(1)));
    read_accepts(L, a, line);
    char *into = req_string(L, 1, "into", line, "ask");
    a->var = story_slot(s, into);
    ValueType want = a->number ? VAL_NUMBER : VAL_STRING;
    if (a->var < 0 || a->var >= s->nvars || s->vars[a->var].initial.type != want) {
        lua_pushfstring(L, "ask: 'into' must name a %s variable declared in story { vars = ... }, and '%s' is not one",
                        a->number ? "number" : "string", into);
        free(into);
        sandbox_error_at(L, s->path, line, "%s", lua_tostring(L, -1));
    }
    free(into);
    int ty = field(L, 1, "pronouns");
    if (ty == LUA_TBOOLEAN) a->pronouns = lua_toboolean(L, -1);
    else if (ty != LUA_TNIL) type_error(L, line, "ask", "pronouns", "true or false");
    lua_pop(L, 1);
    a->target_name = req_string(L, 1, "go", line, "ask");
    push_token(L, TOKEN_ASK, ld->nasks - 1);
    return 1;
}

static int dsl_ask(lua_State *L) { return declare_head(L, "ask", dsl_ask_body); }

/* ------------------------------------------------------- scene, ending */

/* Appends the text or function at idx to a list of paragraphs. */
static void add_paragraph(lua_State *L, Paragraph **paras, int *n, int idx, int line)
{
    idx = lua_absindex(L, idx);
    *paras = xrealloc(L, *paras, sizeof **paras * (size_t)(*n + 1));
    Paragraph *p = &(*paras)[(*n)++];
    *p = (Paragraph){.kind = PARA_TEXT, .fn = STORY_NOREF, .line = line, .file = get_loader(L)->file};
    if (lua_type(L, idx) == LUA_TSTRING) {
        p->text = xstrdup(L, lua_tostring(L, idx));
    } else {
        p->kind = PARA_FUNCTION;
        lua_Debug ar;
        lua_pushvalue(L, idx);
        lua_pushvalue(L, -1);
        lua_getinfo(L, ">S", &ar);
        if (ar.linedefined > 0) p->line = ar.linedefined;
        p->fn = luaL_ref(L, LUA_REGISTRYINDEX);
    }
}

/* A text variation (sequence { ... }, ...) moved from the loader into a
 * list of paragraphs. */
static void add_variation(lua_State *L, Paragraph **paras, int *n, Token *t)
{
    Loader *ld = get_loader(L);
    *paras = xrealloc(L, *paras, sizeof **paras * (size_t)(*n + 1));
    (*paras)[(*n)++] = ld->variations[t->index];
    memset(&ld->variations[t->index], 0, sizeof ld->variations[t->index]); /* moved */
}

static Token *token_on_top(lua_State *L)
{
    return lua_type(L, -1) == LUA_TUSERDATA ? luaL_testudata(L, -1, TOKEN_MT) : NULL;
}

/* A choice's items: what the player says or does when it is taken. */
static void read_content(lua_State *L, int t, Paragraph **paras, int *n, int line, const char *what)
{
    lua_Integer len = (lua_Integer)lua_rawlen(L, t);
    for (lua_Integer i = 1; i <= len; i++) {
        int ty = lua_rawgeti(L, t, i);
        Token *tok = token_on_top(L);
        if (ty == LUA_TSTRING || ty == LUA_TFUNCTION) {
            add_paragraph(L, paras, n, -1, line);
        } else if (tok && tok->kind == TOKEN_VARIATION && !tok->used) {
            tok->used = true;
            add_variation(L, paras, n, tok);
        } else {
            sandbox_error_at(L, PATH(L), line, "%s: item %d is %s; a choice's items are the text shown when it is "
                             "taken", what, (int)i, tok ? "a choice, ask or marker" : luaL_typename(L, -1));
        }
        lua_pop(L, 1);
    }
}

static void add_token(lua_State *L, Scene *sc, Token *t)
{
    Loader *ld = get_loader(L);
    if (t->used)
        sandbox_error_at(L, PATH(L), sc->line, "scene '%s': a choice or ask is used twice", sc->name);
    t->used = true;
    if (t->kind == TOKEN_VARIATION) {
        add_variation(L, &sc->paras, &sc->nparas, t);
        return;
    }
    if (t->kind == TOKEN_GROUP)
        sandbox_error_at(L, PATH(L), sc->line, "scene '%s': storylets \"...\" belongs in a choice's go", sc->name);
    if (t->kind == TOKEN_ASK) {
        if (sc->is_ending)
            sandbox_error_at(L, PATH(L), ld->asks[t->index].line, "ending '%s' cannot ask a question", sc->name);
        if (sc->ask)
            sandbox_error_at(L, PATH(L), ld->asks[t->index].line, "scene '%s' asks more than one question",
                             sc->name);
        sc->ask = xrealloc(L, NULL, sizeof *sc->ask);
        *sc->ask = ld->asks[t->index];
        memset(&ld->asks[t->index], 0, sizeof ld->asks[t->index]); /* moved */
        ld->ask_placed[t->index] = 1;
        return;
    }
    Choice *c = ld->pending[t->index];
    if (sc->is_ending)
        sandbox_error_at(L, PATH(L), c->line, "ending '%s' cannot have choices", sc->name);
    for (int i = 0; i < sc->nchoices; i++)
        if (strcmp(sc->choices[i].id, c->id) == 0)
            sandbox_error_at(L, PATH(L), c->line,
                             "scene '%s': two choices have the id '%s' (line %d); give one an id = \"...\"",
                             sc->name, c->id, sc->choices[i].line);
    sc->choices = xrealloc(L, sc->choices, sizeof *sc->choices * (size_t)(sc->nchoices + 1));
    sc->choices[sc->nchoices] = *c;
    sc->choices[sc->nchoices].index = t->index; /* pending index, fixed up after load */
    sc->nchoices++;
    ld->pending_scene[t->index] = 1;
    ld->pending[t->index] = NULL; /* moved */
    free(c);
}

/* A new scene (or part of one, after a gather) at the end of the list;
 * returns its index. */
static int new_scene(lua_State *L, const char *name, int line, bool is_ending)
{
    Story *s = get_loader(L)->story;
    Loader *ld = get_loader(L);
    keep(L, sizeof *s->scenes);
    if (s->nscenes == ld->cap_scenes) { /* doubling: a story of any size loads in linear time */
        ld->cap_scenes = ld->cap_scenes ? ld->cap_scenes * 2 : 16;
        s->scenes = xrealloc(L, s->scenes, sizeof *s->scenes * (size_t)ld->cap_scenes);
    }
    Scene *sc = &s->scenes[s->nscenes++];
    memset(sc, 0, sizeof *sc);
    sc->line = line;
    sc->file = get_loader(L)->file;
    sc->is_ending = is_ending;
    sc->group = sc->kind = sc->flow = sc->flow_call = -1;
    sc->when_fn = sc->flow_fn = sc->flow_call_fn = STORY_NOREF;
    sc->name = xstrdup(L, name);
    if (!story_index_scene(s)) luaL_error(L, "out of memory");
    return s->nscenes - 1;
}

/* A part ends at a gather: its choices that say nowhere to go, and the
 * part itself if it has none, lead on to the next part. */
static void lead_on(lua_State *L, Scene *sc, const char *next)
{
    for (int i = 0; i < sc->nchoices; i++)
        if (leads_on(&sc->choices[i])) sc->choices[i].target_name = xstrdup(L, next);
    if (sc->nchoices == 0 && !sc->ask) sc->flow_name = xstrdup(L, next);
}

/* The fields of a scene that moves on without a choice: go, call, back. */
static void read_flow(lua_State *L, Scene *sc, int line, const char *what)
{
    int ty = field(L, 1, "go");
    if (ty == LUA_TSTRING) sc->flow_name = xstrdup(L, lua_tostring(L, -1));
    else if (ty == LUA_TFUNCTION) sc->flow_fn = luaL_ref(L, LUA_REGISTRYINDEX), lua_pushnil(L);
    else if (ty != LUA_TNIL) type_error(L, line, what, "go", "a scene name or a function returning one");
    lua_pop(L, 1);
    read_call(L, 1, &sc->flow_call_name, &sc->flow_call_fn, line, what);
    sc->flow_back = opt_boolean(L, 1, "back", line, what);
    bool flows = sc->flow_name || sc->flow_fn != STORY_NOREF || sc->flow_back;
    bool calls = sc->flow_call_name || sc->flow_call_fn != STORY_NOREF;
    if ((flows || calls) && (sc->nchoices > 0 || sc->ask))
        sandbox_error_at(L, PATH(L), line, "%s: a scene with choices or an ask moves on by them; 'go', 'call' and "
                         "'back' are for a scene that moves on by itself", what);
    if (sc->flow_back && (sc->flow_name || sc->flow_fn != STORY_NOREF || calls))
        sandbox_error_at(L, PATH(L), line, "%s: 'back' returns to the caller, so it takes no 'go' or 'call'", what);
    if (calls && !sc->flow_name && sc->flow_fn == STORY_NOREF)
        sandbox_error_at(L, PATH(L), line, "%s: after its 'call' the scene needs a 'go'", what);
}

static int dsl_scene_body(lua_State *L)
{
    static const char *const ending_fields[] = {"title", "kind", "reflection", "group", "when", "chapter", "hint", NULL};
    static const char *const scene_fields[] = {"group", "when", "go", "call", "back", "chapter", NULL};
    Loader *ld = get_loader(L);
    Story *s = ld->story;
    const char *name = lua_tostring(L, lua_upvalueindex(1));
    int line = (int)lua_tointeger(L, lua_upvalueindex(2));
    bool is_ending = lua_toboolean(L, lua_upvalueindex(3));
    char what[96];
    header_done(L, 4);
    snprintf(what, sizeof what, "%s '%.60s'", is_ending ? "ending" : "scene", name);
    require_table_arg(L, what, line);
    if (!ld->story_line) sandbox_error_at(L, s->path, line, "story { ... } must come before the scenes");
    int prev = story_scene(s, name);
    if (prev >= 0)
        sandbox_error_at(L, s->path, line, "%s: the name is already used on line %d", what, s->scenes[prev].line);
    check_fields(L, 1, line, what, is_ending ? ending_fields : scene_fields, false, true);

    int first = new_scene(L, name, line, is_ending), cur = first, part = 1;
    Scene *sc = &s->scenes[first];
    sc->when_fn = opt_function(L, 1, "when", line, what);
    sc->group_name = opt_string(L, 1, "group", line, what);
    sc->chapter = opt_string(L, 1, "chapter", line, what);
    if (sc->when_fn != STORY_NOREF && sc->group_name == NULL)
        sandbox_error_at(L, s->path, line, "%s: 'when' is for storylets; give the scene a group too", what);
    lua_Integer n = (lua_Integer)lua_rawlen(L, 1);
    for (lua_Integer i = 1; i <= n; i++) {
        int ty = lua_rawgeti(L, 1, i);
        Token *tok = token_on_top(L);
        sc = &s->scenes[cur];
        if (ty == LUA_TSTRING) {
            add_paragraph(L, &sc->paras, &sc->nparas, -1, line);
        } else if (ty == LUA_TFUNCTION) {
            lua_CFunction cf = lua_tocfunction(L, -1);
            if (cf == dsl_choice_body || cf == dsl_ask_body) {
                lua_getupvalue(L, -1, 1); /* its name */
                lua_getupvalue(L, -2, 2); /* its line */
                sandbox_error_at(L, s->path, (int)lua_tointeger(L, -1), "%s '%s' is missing its { fields }",
                                 cf == dsl_choice_body ? "choice" : "ask", lua_tostring(L, -2));
            }
            add_paragraph(L, &sc->paras, &sc->nparas, -1, line);
        } else if (tok && tok->kind == TOKEN_BREAK) {
            sc->paras = xrealloc(L, sc->paras, sizeof *sc->paras * (size_t)(sc->nparas + 1));
            sc->paras[sc->nparas++] = (Paragraph){.kind = PARA_BREAK, .fn = STORY_NOREF, .line = line, .file = ld->file};
        } else if (tok && tok->kind == TOKEN_GATHER) {
            if (is_ending) sandbox_error_at(L, s->path, line, "%s: an ending has no choices to gather", what);
            char next[STORY_NAME_MAX + 80];
            snprintf(next, sizeof next, "%s/%d", name, ++part);
            lead_on(L, sc, next);
            cur = new_scene(L, next, line, false);
        } else if (tok) {
            add_token(L, sc, tok);
        } else {
            sandbox_error_at(L, s->path, line, "%s: item %d is %s; expected text, a function, a choice or an ask",
                             what, (int)i, luaL_typename(L, -1));
        }
        lua_pop(L, 1);
    }
    sc = &s->scenes[cur];
    if (sc->ask && sc->nchoices > 0)
        sandbox_error_at(L, s->path, line, "%s: a scene with an ask cannot also have choices", what);
    if (!is_ending) read_flow(L, sc, line, what);
    for (int i = 0; i < sc->nchoices; i++)
        if (leads_on(&sc->choices[i]))
            sandbox_error_at(L, s->path, sc->choices[i].line, "choice '%s': missing field 'go' (the scene it leads "
                             "to), or a gather after it in its scene", sc->choices[i].label);
    if (is_ending) {
        sc->title = req_string(L, 1, "title", line, what);
        sc->reflection = opt_string(L, 1, "reflection", line, what);
        sc->hint = opt_string(L, 1, "hint", line, what);
        int ty = field(L, 1, "kind");
        if (ty == LUA_TNIL && s->kinds_declared)
            sandbox_error_at(L, s->path, line, "%s: missing field 'kind' (one of the story's kinds)", what);
        if (ty != LUA_TNIL)
            sc->kind = vocabulary_index(L, &s->kinds, &s->nkinds, s->kinds_declared, word_on_top(L, line, what, "kind"),
                                        line, what, "kind", "kinds");
        lua_pop(L, 1);
    }
    return 0;
}

static int declare_scene(lua_State *L, bool is_ending)
{
    const char *what = is_ending ? "ending" : "scene";
    const char *name = name_arg(L, what);
    int line = caller_line(L);
    lua_settop(L, 1);
    lua_pushinteger(L, line);
    lua_pushboolean(L, is_ending);
    lua_pushinteger(L, add_header(L, what, name, line));
    lua_pushcclosure(L, dsl_scene_body, 4);
    return 1;
}

/* sequence { ... }, cycle { ... }, shuffle { ... }, once_only { ... }: a
 * paragraph that varies with each visit; each keeps a counter in the run. */
static int declare_variation(lua_State *L, ParagraphKind kind, const char *what)
{
    Loader *ld = get_loader(L);
    int line = caller_line(L);
    if (lua_type(L, 1) != LUA_TTABLE)
        sandbox_error_at(L, PATH(L), line, "%s needs a list of texts: %s { \"first\", \"second\" }", what, what);
    check_fields(L, 1, line, what, (const char *const[]){NULL}, false, true);
    Paragraph p = {.kind = kind, .fn = STORY_NOREF, .line = line, .file = ld->file, .counter = ld->story->ncounters};
    lua_Integer n = (lua_Integer)lua_rawlen(L, 1);
    if (n == 0) sandbox_error_at(L, PATH(L), line, "%s needs at least one text", what);
    ld->variations = xrealloc(L, ld->variations, sizeof *ld->variations * (size_t)(ld->nvariations + 1));
    ld->variations[ld->nvariations++] = p;
    Paragraph *v = &ld->variations[ld->nvariations - 1];
    v->alts = xrealloc(L, NULL, sizeof *v->alts * (size_t)n);
    for (lua_Integer i = 1; i <= n; i++) {
        if (lua_rawgeti(L, 1, i) != LUA_TSTRING)
            sandbox_error_at(L, PATH(L), line, "%s: item %d is %s, not text", what, (int)i, luaL_typename(L, -1));
        char *copy = xstrdup(L, lua_tostring(L, -1));
        v->alts[v->nalts++] = copy;
        lua_pop(L, 1);
    }
    ld->story->ncounters++;
    push_token(L, TOKEN_VARIATION, ld->nvariations - 1);
    return 1;
}

static int dsl_sequence(lua_State *L) { return declare_variation(L, PARA_SEQUENCE, "sequence"); }
static int dsl_cycle(lua_State *L) { return declare_variation(L, PARA_CYCLE, "cycle"); }
static int dsl_shuffle(lua_State *L) { return declare_variation(L, PARA_SHUFFLE, "shuffle"); }
static int dsl_once_only(lua_State *L) { return declare_variation(L, PARA_ONCE_ONLY, "once_only"); }

/* storylets "name": a target that lets the engine pick one scene of the
 * group whose `when` holds. */
static int dsl_storylets(lua_State *L)
{
    Loader *ld = get_loader(L);
    const char *name = name_arg(L, "storylets");
    add_word(L, &ld->group_refs, &ld->ngroup_refs, name);
    push_token(L, TOKEN_GROUP, ld->ngroup_refs - 1);
    return 1;
}

static int dsl_scene(lua_State *L) { return declare_scene(L, false); }
static int dsl_ending(lua_State *L) { return declare_scene(L, true); }

/* ------------------------------------------------------------- rule */

/* A string or a list of strings, each a word, into a new list. */
static void read_word_list(lua_State *L, int line, const char *what, const char *one, char ***list, int *n)
{
    if (lua_type(L, -1) == LUA_TSTRING) {
        add_word(L, list, n, word_on_top(L, line, what, one));
        return;
    }
    if (lua_type(L, -1) != LUA_TTABLE)
        sandbox_error_at(L, PATH(L), line, "%s: a %s in quotes, or a list of them, not %s", what, one,
                         luaL_typename(L, -1));
    lua_Integer len = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= len; i++) {
        lua_rawgeti(L, -1, i);
        add_word(L, list, n, word_on_top(L, line, what, one));
        lua_pop(L, 1);
    }
    if (*n == 0) sandbox_error_at(L, PATH(L), line, "%s: the list of %ss is empty", what, one);
}

/* An optional whole-number field of at least `min`; `dflt` when absent. */
static int opt_count(lua_State *L, const char *name, int min, int dflt, int line, const char *what)
{
    int ty = field(L, 1, name);
    int v = dflt;
    if (ty != LUA_TNIL) {
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < min || lua_tointeger(L, -1) > 1000000)
            sandbox_error_at(L, PATH(L), line, "%s: '%s' must be a whole number from %d", what, name, min);
        v = (int)lua_tointeger(L, -1);
    }
    lua_pop(L, 1);
    return v;
}

/* A tag field (a word), copied, or NULL when absent. */
static char *opt_tag(lua_State *L, const char *name, int line, const char *what)
{
    char *tag = NULL;
    if (field(L, 1, name) != LUA_TNIL) tag = xstrdup(L, word_on_top(L, line, what, "tag"));
    lua_pop(L, 1);
    return tag;
}

/* rule "name" { never = "together", after = "crossing", unless = "amends" },
 * { at_least = 20, of_plays_without = "crossing", end_in = { "apart" } },
 * { min_choices = 8 }, { check = function(play) ... end } or { notes = true }. */
static int dsl_rule_body(lua_State *L)
{
    static const char *const fields[] = {"never", "after", "times", "unless", "at_least", "of_plays_without",
                                         "end_in", "min_choices", "check", "notes", NULL};
    static const char *const heads[] = {"never", "at_least", "min_choices", "check", "notes"};
    Loader *ld = get_loader(L);
    Story *s = ld->story;
    int line = (int)lua_tointeger(L, lua_upvalueindex(2));
    char what[96];
    snprintf(what, sizeof what, "rule '%.60s'", lua_tostring(L, lua_upvalueindex(1)));
    header_done(L, 3);
    require_table_arg(L, what, line);
    if (!ld->story_line) sandbox_error_at(L, s->path, line, "story { ... } must come before the rules");
    check_fields(L, 1, line, what, fields, false, false);
    int kind = -1;
    for (int i = 0; i < 5; i++) {
        if (field(L, 1, heads[i]) != LUA_TNIL) {
            if (kind >= 0)
                sandbox_error_at(L, s->path, line, "%s: one rule says one thing: '%s' and '%s' go in two rules", what,
                                 heads[kind], heads[i]);
            kind = i;
        }
        lua_pop(L, 1);
    }
    if (kind < 0)
        sandbox_error_at(L, s->path, line, "%s: say what it checks with never, at_least, min_choices, check or notes",
                         what);
    s->rules = xrealloc(L, s->rules, sizeof *s->rules * (size_t)(s->nrules + 1));
    Rule *r = &s->rules[s->nrules++];
    memset(r, 0, sizeof *r);
    r->kind = (RuleKind)kind;
    r->line = line;
    r->file = ld->file;
    r->fn = STORY_NOREF;
    r->name = xstrdup(L, lua_tostring(L, lua_upvalueindex(1)));
    switch (r->kind) {
    case RULE_NEVER:
        field(L, 1, "never");
        read_word_list(L, line, what, "kind", &r->kind_names, &r->nkind_names);
        lua_pop(L, 1);
        r->tag_name = opt_tag(L, "after", line, what);
        if (r->tag_name == NULL) sandbox_error_at(L, s->path, line, "%s: 'never' needs 'after', the tag of the choices", what);
        r->times = opt_count(L, "times", 1, 1, line, what);
        r->unless_name = opt_tag(L, "unless", line, what);
        break;
    case RULE_SHARE:
        field(L, 1, "at_least");
        r->percent = lua_tonumber(L, -1);
        if (lua_type(L, -1) != LUA_TNUMBER || !(r->percent >= 0 && r->percent <= 100))
            sandbox_error_at(L, s->path, line, "%s: 'at_least' is a percentage from 0 to 100", what);
        lua_pop(L, 1);
        r->tag_name = opt_tag(L, "of_plays_without", line, what);
        if (field(L, 1, "end_in") != LUA_TNIL) read_word_list(L, line, what, "kind", &r->kind_names, &r->nkind_names);
        lua_pop(L, 1);
        if (r->tag_name == NULL || r->nkind_names == 0)
            sandbox_error_at(L, s->path, line, "%s: 'at_least' needs 'of_plays_without' (a tag) and 'end_in' (kinds)",
                             what);
        break;
    case RULE_MIN_CHOICES: r->count = opt_count(L, "min_choices", 1, 1, line, what); break;
    case RULE_CHECK:
        r->fn = opt_function(L, 1, "check", line, what);
        break;
    case RULE_NOTES:
        if (!opt_boolean(L, 1, "notes", line, what))
            sandbox_error_at(L, s->path, line, "%s: 'notes = true' is the only way to say it", what);
        break;
    }
    /* A field of another kind of rule is a mistake worth naming. */
    static const char *const own[][5] = {
        {"never", "after", "times", "unless", NULL}, {"at_least", "of_plays_without", "end_in", NULL},
        {"min_choices", NULL}, {"check", NULL}, {"notes", NULL},
    };
    for (int i = 0; fields[i]; i++) {
        bool mine = false;
        for (int k = 0; own[kind][k]; k++) mine = mine || strcmp(own[kind][k], fields[i]) == 0;
        bool given = field(L, 1, fields[i]) != LUA_TNIL;
        lua_pop(L, 1);
        if (given && !mine)
            sandbox_error_at(L, s->path, line, "%s: '%s' does not go with '%s'", what, fields[i], heads[kind]);
    }
    return 0;
}

static int dsl_rule(lua_State *L) { return declare_head(L, "rule", dsl_rule_body); }

/* achievement "id" { title = "...", hint = "..." }: earned by a choice's
 * achieve = "id" (or achieve("id") in an effect), kept with the endings found. */
static int dsl_achievement_body(lua_State *L)
{
    static const char *const fields[] = {"title", "hint", NULL};
    Loader *ld = get_loader(L);
    Story *s = ld->story;
    const char *id = lua_tostring(L, lua_upvalueindex(1));
    int line = (int)lua_tointeger(L, lua_upvalueindex(2));
    char what[96];
    snprintf(what, sizeof what, "achievement '%.60s'", id);
    header_done(L, 3);
    require_table_arg(L, what, line);
    check_fields(L, 1, line, what, fields, false, false);
    if (!valid_id(id)) sandbox_error_at(L, s->path, line, "%s: the id must be a word of a-z, 0-9 and '-'", what);
    for (int i = 0; i < s->nachievements; i++)
        if (strcmp(s->achievements[i].id, id) == 0)
            sandbox_error_at(L, s->path, line, "%s is declared twice (first on line %d)", what, s->achievements[i].line);
    s->achievements = xrealloc(L, s->achievements, sizeof *s->achievements * (size_t)(s->nachievements + 1));
    Achievement *a = &s->achievements[s->nachievements++];
    memset(a, 0, sizeof *a);
    a->line = line;
    a->file = ld->file;
    a->id = xstrdup(L, id);
    a->title = req_string(L, 1, "title", line, what);
    a->hint = opt_string(L, 1, "hint", line, what);
    return 0;
}

static int dsl_achievement(lua_State *L) { return declare_head(L, "achievement", dsl_achievement_body); }

static int dsl_include(lua_State *L);

static const luaL_Reg dsl_funcs[] = {
    {"story", dsl_story}, {"scene", dsl_scene}, {"ending", dsl_ending},
    {"choice", dsl_choice}, {"ask", dsl_ask}, {"sequence", dsl_sequence}, {"cycle", dsl_cycle},
    {"shuffle", dsl_shuffle}, {"once_only", dsl_once_only}, {"storylets", dsl_storylets}, {"rule", dsl_rule},
    {"achievement", dsl_achievement}, {"include", dsl_include},
    {NULL, NULL},
};

/* ---------------------------------------------------------------- checks */

#define PROBLEM(ld, file, line, ...) story_problem(&(ld)->problems, story_path((ld)->story, file), line, __VA_ARGS__)

/* What only the loader knows: declarations left incomplete or outside any
 * scene. The model's own checks follow in story_validate. */
static void check_declarations(Loader *ld)
{
    if (!ld->story_line) {
        PROBLEM(ld, 0, 1, "no story { ... } declaration (it gives the id, title and start scene)");
        return;
    }
    for (int i = 0; i < ld->nheaders; i++)
        if (!ld->headers[i].done)
            PROBLEM(ld, ld->headers[i].file, ld->headers[i].line, "%s '%s' is missing its { fields }", ld->headers[i].what,
                    ld->headers[i].name);
    for (int i = 0; i < ld->npending; i++)
        if (!ld->pending_scene[i])
            PROBLEM(ld, ld->pending[i]->file, ld->pending[i]->line, "choice '%s' is not inside any scene",
                    ld->pending[i]->label);
    for (int i = 0; i < ld->nasks; i++)
        if (!ld->ask_placed[i])
            PROBLEM(ld, ld->asks[i].file, ld->asks[i].line, "ask '%s' is not inside any scene", ld->asks[i].prompt);
}

/* ------------------------------------------------------- syntax errors */

/* The n-th line of text (1-based), as start and length. */
static bool line_at(const char *text, size_t len, int n, const char **start, size_t *size)
{
    const char *p = text, *end = text + len;
    for (int l = 1; l < n && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL) return false;
        p = nl + 1;
    }
    if (p > end || n < 1) return false;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *start = p;
    *size = (size_t)((nl ? nl : end) - p);
    return true;
}

/* The last character of a line that is code (not space, not a comment), or 0. */
static char last_code_char(const char *s, size_t n)
{
    char last = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '-' && i + 1 < n && s[i + 1] == '-') break;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') last = s[i];
    }
    return last;
}

/* Lua's words for a syntax error, in the writer's: a comma missing at the
 * end of the line before, a [[ never closed. Fills buf and returns true, or
 * false when there is nothing better to say. */
static bool explain_syntax(const char *path, const char *text, size_t len, const char *msg, char *buf, size_t size)
{
    size_t plen = strlen(path);
    if (strncmp(msg, path, plen) != 0 || msg[plen] != ':') return false;
    int line = atoi(msg + plen + 1);
    const char *what = strstr(msg + plen + 1, ": ");
    what = what ? what + 2 : msg;
    const char *open = strstr(what, "(starting at line ");
    if (open && strstr(what, "unfinished long string")) {
        snprintf(buf, size, "%s:%d: this [[ is never closed with ]] (Lua: %s)", path, atoi(open + 18), what);
        return true;
    }
    if (open && strstr(what, "unfinished long comment")) {
        snprintf(buf, size, "%s:%d: this --[[ comment is never closed with ]] (Lua: %s)", path, atoi(open + 18), what);
        return true;
    }
    if (strncmp(what, "unfinished string", 17) == 0) {
        snprintf(buf, size, "%s:%d: a string that is never closed: a quote missing? (Lua: %s)", path, line, what);
        return true;
    }
    const char *near = strstr(what, " near '");
    if (strncmp(what, "'}' expected", 12) != 0 || near == NULL) return false;
    /* Where the token Lua stopped at starts its line, the comma belongs at
     * the end of the code line before. */
    const char *s;
    size_t n;
    if (!line_at(text, len, line, &s, &n)) return false;
    while (n > 0 && (*s == ' ' || *s == '\t')) s++, n--;
    const char *token = near + 7;
    size_t tlen = strcspn(token, "'");
    if (n < tlen || strncmp(s, token, tlen) != 0) {
        snprintf(buf, size, "%s:%d: missing comma before '%.*s'? (Lua: %s)", path, line, (int)tlen, token, what);
        return true;
    }
    for (int prev = line - 1; prev > 0; prev--) {
        if (!line_at(text, len, prev, &s, &n)) return false;
        char last = last_code_char(s, n);
        if (last == 0) continue; /* blank, or only a comment */
        if (last == ',' || last == '{' || last == '(' || last == ';') return false;
        snprintf(buf, size, "%s:%d: missing comma at the end of this line? (Lua: %s)", path, prev, what);
        return true;
    }
    return false;
}

/* ------------------------------------------------------------- include */

#define INCLUDE_DEPTH 16

/* Adds a file to the story's list (taking `text`); returns its index. */
static int add_file(lua_State *L, const char *path, char *text, size_t len)
{
    Story *s = get_loader(L)->story;
    char **files = realloc(s->files, sizeof *s->files * (size_t)(s->nfiles + 1));
    if (files) s->files = files;
    char **texts = files ? realloc(s->texts, sizeof *s->texts * (size_t)(s->nfiles + 1)) : NULL;
    if (texts) s->texts = texts;
    size_t *lens = texts ? realloc(s->lens, sizeof *s->lens * (size_t)(s->nfiles + 1)) : NULL;
    if (lens) s->lens = lens;
    if (lens == NULL) {
        free(text);
        luaL_error(L, "out of memory");
    }
    s->texts[s->nfiles] = text; /* owned from here, whatever comes */
    s->lens[s->nfiles] = len;
    s->files[s->nfiles] = NULL;
    s->nfiles++;
    s->files[s->nfiles - 1] = xstrdup(L, path);
    return s->nfiles - 1;
}

/* Runs a file of the story as a chunk, its declarations recorded as its own. */
static void run_file(lua_State *L, int file)
{
    Loader *ld = get_loader(L);
    Story *s = ld->story;
    int outer = ld->file;
    ld->file = file;
    ld->depth++;
    if (sandbox_load_chunk(L, s->texts[file], s->lens[file], s->files[file]) != LUA_OK) {
        char better[SANDBOX_ERROR_MAX];
        if (lua_type(L, -1) == LUA_TSTRING &&
            explain_syntax(s->files[file], s->texts[file], s->lens[file], lua_tostring(L, -1), better, sizeof better))
            lua_pushstring(L, better);
        lua_error(L);
    }
    lua_call(L, 0, 0);
    ld->depth--;
    ld->file = outer;
}

/* Whether file (when it exists) really lies in the folder of the story's
 * first file, links followed: an include must not read the rest of the disk. */
static bool inside_folder(const char *story_path, const char *file)
{
    char *real = realpath(file, NULL);
    if (real == NULL) return true; /* missing: reading it says so */
    const char *slash = strrchr(story_path, '/');
    char *dir = slash ? strndup(story_path, (size_t)(slash - story_path + 1)) : strdup(".");
    char *root = dir ? realpath(dir, NULL) : NULL;
    size_t n = root ? strlen(root) : 0;
    bool inside = root && strncmp(real, root, n) == 0 && (real[n] == '/' || (n == 1 && root[0] == '/'));
    free(real);
    free(dir);
    free(root);
    return inside;
}

/* include "chapter2.lua": runs another file of the story's own folder (or a
 * folder below it), once, as if it were written here. */
static int dsl_include(lua_State *L)
{
    Loader *ld = get_loader(L);
    Story *s = ld->story;
    int line = caller_line(L);
    if (lua_type(L, 1) != LUA_TSTRING)
        sandbox_error_at(L, PATH(L), line, "include needs a file name in quotes, like include \"chapter2.lua\"");
    const char *name = lua_tostring(L, 1);
    size_t n = strlen(name);
    if (n < 5 || strcmp(name + n - 4, ".lua") != 0 || name[0] == '/' || strstr(name, "..") || strchr(name, '\\'))
        sandbox_error_at(L, PATH(L), line, "include \"%s\": a .lua file of the story's own folder, named from it, "
                         "like \"chapter2.lua\" or \"parts/two.lua\"", name);
    if (ld->depth >= INCLUDE_DEPTH)
        sandbox_error_at(L, PATH(L), line, "include \"%s\": files include each other more than %d deep", name,
                         INCLUDE_DEPTH);
    const char *slash = strrchr(s->path, '/');
    lua_pushlstring(L, s->path, slash ? (size_t)(slash - s->path + 1) : 0);
    lua_pushstring(L, name);
    lua_concat(L, 2);
    const char *path = lua_tostring(L, -1);
    for (int i = 0; i < s->nfiles; i++)
        if (strcmp(s->files[i], path) == 0) return 0; /* once */
    if (!inside_folder(s->path, path))
        sandbox_error_at(L, PATH(L), line, "include \"%s\": it is a link to a file outside the story's folder", name);
    char err[512];
    size_t len = 0;
    char *text = disk_read(path, sandbox_file_max(sandbox_memory_limit()), &len,
                           err, sizeof err);
    if (text == NULL) sandbox_error_at(L, PATH(L), line, "include: %s%s", err, strstr(err, "too large") ?
                                       " (a sixteenth of the memory limit; more with --memory-limit MIB)" : "");
    ld->text_bytes += len;
    sandbox_allow_source(len);
    run_file(L, add_file(L, path, text, len));
    return 0;
}

/* ------------------------------------------------------------- globals */

/* The story's environment answers a name nobody defined with an error, not
 * nil: `if teacup` meant for s.teacup, or visits(kitchen) without quotes,
 * would otherwise be quietly false. And once the story has loaded no new
 * global can be made: state kept there would escape the saves and what the
 * tools know of a play. */
static const char STORY_KEY = 'y'; /* registry: the story of the environment, for hints */
#define HINT_NAMES 512             /* names of the environment offered as "did you mean" */

static const Story *env_story(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &STORY_KEY);
    const Story *s = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return s;
}

/* Whether name is a local function of the story (`local function name`),
 * which code above its definition cannot see: says so in hint. */
static bool local_below(const Story *s, const char *name, char *hint, size_t size)
{
    size_t n = strlen(name);
    for (int f = 0; f < s->nfiles; f++) {
        const char *text = s->texts[f];
        for (const char *p = text; (p = strstr(p, "local function ")) != NULL; p++) {
            const char *w = p + strlen("local function ");
            if (strncmp(w, name, n) != 0 || isalnum((unsigned char)w[n]) || w[n] == '_') continue;
            int line = 1;
            for (const char *q = text; q < p; q++) line += *q == '\n';
            snprintf(hint, size, ": it is a local function of %s:%d, and a local is known only below its definition "
                     "(move it up)", story_path(s, f), line);
            return true;
        }
    }
    return false;
}

static int env_index(lua_State *L)
{
    if (lua_type(L, 2) != LUA_TSTRING) return 0;
    const char *name = lua_tostring(L, 2);
    const Story *s = env_story(L);
    static const char *const ABSENT[] = {"io", "os", "debug", "package", "require", "dofile", "loadfile",
                                         "loadstring", "setfenv", "getfenv", "module", NULL};
    for (int i = 0; ABSENT[i]; i++)
        if (strcmp(name, ABSENT[i]) == 0)
            return luaL_error(L, "'%s' is not available to stories (a story reads no files, runs no programs "
                              "and sees no clock)", name);
    char hint[400] = "";
    if (s && story_scene(s, name) >= 0) {
        snprintf(hint, sizeof hint, ": a scene's name goes in quotes, \"%s\"", name);
    } else if (s && story_slot(s, name) >= 0) {
        snprintf(hint, sizeof hint, ": the story's variables are read as s.%s", name);
    } else if (s && local_below(s, name, hint, sizeof hint)) {
        ;
    } else {
        const char *names[HINT_NAMES];
        int n = 0;
        lua_pushnil(L);
        while (n < HINT_NAMES && lua_next(L, 1)) { /* the keys stay in the table: the pointers live */
            if (lua_type(L, -2) == LUA_TSTRING) names[n++] = lua_tostring(L, -2);
            lua_pop(L, 1);
        }
        if (n == HINT_NAMES) lua_pop(L, 1);
        suggest(hint, sizeof hint, name, names, n);
        if (!hint[0]) snprintf(hint, sizeof hint, " (the story's variables are s.%s; names of scenes go in quotes)", name);
    }
    return luaL_error(L, "'%s' is not defined%s", name, hint);
}

static int env_newindex(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &LOADER_KEY);
    bool loading = lua_touserdata(L, -1) != NULL;
    lua_pop(L, 1);
    if (!loading && lua_type(L, 2) == LUA_TSTRING)
        return luaL_error(L, "'%s' would be a new global, made after the story loaded: keep a play's state in "
                          "s (declared in vars), or make it local", lua_tostring(L, 2));
    if (!loading) return luaL_error(L, "no new global can be made after the story loaded");
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 0;
}

/* Guards the environment (at -1) as above. */
static void guard_globals(lua_State *L, Story *s)
{
    lua_pushlightuserdata(L, s);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &STORY_KEY);
    sandbox_guard(L, env_index, env_newindex);
}

/* ---------------------------------------------------------------- public */

static int load_protected(lua_State *L)
{
    Loader *ld = lua_touserdata(L, 1);
    lua_pushlightuserdata(L, ld);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &LOADER_KEY);
    if (luaL_newmetatable(L, TOKEN_MT)) {
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
    }
    lua_pop(L, 1);
    sandbox_push_env(L);
    luaL_setfuncs(L, dsl_funcs, 0);
    push_token(L, TOKEN_GATHER, 0); /* markers written bare in a scene: gather, page_break */
    lua_setfield(L, -2, "gather");
    push_token(L, TOKEN_BREAK, 0);
    lua_setfield(L, -2, "page_break");
    guard_globals(L, ld->story);
    lua_pop(L, 1);
    sandbox_allow_source(ld->story->lens[0]);
    run_file(L, 0);
    return 0;
}

/* Forgets the loader, which lives on story_load's stack. */
static int forget_loader(lua_State *L)
{
    lua_pushnil(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &LOADER_KEY);
    return 0;
}

Story *story_load(const char *path, char *text, size_t len, char *err, size_t errlen)
{
    Loader ld;
    memset(&ld, 0, sizeof ld);
    ld.story = calloc(1, sizeof *ld.story);
    Story *s = ld.story;
    if (s) {
        s->files = calloc(1, sizeof *s->files);
        s->texts = calloc(1, sizeof *s->texts);
        s->lens = calloc(1, sizeof *s->lens);
    }
    if (s == NULL || !s->files || !s->texts || !s->lens || (s->path = strdup(path)) == NULL ||
        (s->files[0] = strdup(path)) == NULL) {
        snprintf(err, errlen, "%s: out of memory", path);
        free(text);
        if (s && s->files && s->texts && s->lens) s->nfiles = 1; /* story_free reads the arrays */
        story_free(s);
        return NULL;
    }
    s->texts[0] = text;
    s->lens[0] = len;
    s->nfiles = 1;
    ld.story->start = -1;
    char msg[SANDBOX_ERROR_MAX];
    bool ok = sandbox_protect(load_protected, &ld, msg, sizeof msg);
    char ignored[SANDBOX_ERROR_MAX];
    sandbox_protect(forget_loader, NULL, ignored, sizeof ignored); /* fails only once the sandbox is stopped */
    if (ok) {
        check_declarations(&ld);
        if (ld.problems.len == 0 && !ld.problems.failed) story_validate(ld.story, &ld.problems);
    } else {
        buf_printf(&ld.problems, "%s\n", msg);
    }
    bool failed = !ok || ld.problems.len > 0 || ld.problems.failed;
    if (failed) snprintf(err, errlen, "%s", ld.problems.failed ? "out of memory\n" : ld.problems.data);

    for (int i = 0; i < ld.npending; i++)
        if (ld.pending[i]) {
            story_free_choice(ld.pending[i]);
            free(ld.pending[i]);
        }
    for (int i = 0; i < ld.nasks; i++) story_free_ask(&ld.asks[i]);
    free(ld.pending);
    free(ld.pending_scene);
    free(ld.asks);
    free(ld.ask_placed);
    for (int i = 0; i < ld.nvariations; i++) story_free_paragraph(&ld.variations[i]);
    free(ld.variations);
    for (int i = 0; i < ld.ngroup_refs; i++) free(ld.group_refs[i]);
    free(ld.group_refs);
    for (int i = 0; i < ld.nheaders; i++) free(ld.headers[i].name);
    free(ld.headers);
    buf_free(&ld.problems);
    if (failed) {
        story_free(ld.story);
        return NULL;
    }
    return ld.story;
}

