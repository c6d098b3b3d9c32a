/* template.c - a story's text, compiled once at load and rendered on entry.
 *
 *   {name} {Name}          a variable, meter or pronoun word (capitalised)
 *   {here.name}            a temporary value of the scene
 *   {COND: text | other}   text when COND holds, else other (which may be left out)
 *   {sequence: a | b | c}  the next each time, then stays on the last
 *   {cycle: a | b}         round and round
 *   {once: a | b}          each once, then nothing
 *   {shuffle: a | b}       one at random
 *   *italic*, **bold**     emphasis; {{ is a literal brace
 *
 * COND is `name`, `not name`, `name OP value` (OP one of > >= < <= == ~=),
 * `seen scene`, `taken choice` or `name has word`. Branches may nest. */
#include "core/template.h"

#include <ctype.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/suggest.h"
#include "base/text.h"
#include "core/value.h"

typedef enum { SEG_TEXT, SEG_VALUE, SEG_IF, SEG_ALTS } SegKind;
typedef enum { ALT_SEQUENCE, ALT_CYCLE, ALT_ONCE, ALT_SHUFFLE } AltKind;
typedef enum { COND_TRUTH, COND_COMPARE, COND_SEEN, COND_TAKEN, COND_HAS } CondKind;
typedef enum { OP_GT, OP_GE, OP_LT, OP_LE, OP_EQ, OP_NE } Op;

/* Where a value comes from: a slot (variable or meter), a pronoun word, or
 * a temporary value by name. */
typedef struct {
    int slot;             /* story_slot, or -1 */
    int pronoun;          /* index of a pronoun word, or -1 */
    char *temp;           /* here.NAME, or NULL */
} Source;

typedef struct {
    CondKind kind;
    bool negate;
    Source what;          /* TRUTH, COMPARE, HAS */
    Op op;                /* COMPARE */
    double number;        /* COMPARE with a number */
    char *word;           /* COMPARE with a word, HAS */
    int index;            /* SEEN: a scene; TAKEN: a choice (Choice.index) */
} Cond;

typedef struct {
    SegKind kind;
    char *text;           /* TEXT: sanitized, emphasis as marks */
    Source value;         /* VALUE */
    bool cap;             /* VALUE: capitalise its first letter */
    Cond *cond;           /* IF (its own block: most segments are text, and a story has many) */
    Template **parts;     /* IF: then, else (NULL); ALTS: the alternatives */
    int nparts;
    AltKind alt;          /* ALTS */
    int counter;          /* ALTS */
} Segment;

struct Template {
    Segment *segs;
    int n;
};

/* ------------------------------------------------------------- parsing */

typedef struct {
    Story *story;
    bool alternatives;    /* allowed here (not in text a function returns) */
    char *err;
    size_t errlen;
    bool failed;
    char *where;          /* the brace group being parsed, for the line of an error */
    size_t wherelen;
    const char *text, *end; /* the whole text, to look around a '*' */
    bool italic, bold;    /* emphasis open at this point of the text */
} Parser;

static bool fail(Parser *p, const char *fmt, const char *a, const char *b)
{
    if (!p->failed) snprintf(p->err, p->errlen, fmt, a, b ? b : "");
    p->failed = true;
    return false;
}

static Template *parse(Parser *p, const char *s, size_t n);

static bool add_seg(Parser *p, Template *t, Segment seg)
{
    Segment *grown = realloc(t->segs, sizeof *grown * ((size_t)t->n + 1));
    if (grown == NULL) return fail(p, "out of memory%s%s", "", NULL);
    t->segs = grown;
    t->segs[t->n++] = seg;
    return true;
}

/* Literal text, with *emphasis* turned into marks: a '*' opens before a
 * word and closes after one, never inside a word, so "5 * 3" and "2*x"
 * stay as they are. It looks past [s, s+n) into the whole text, where a
 * placeholder may stand next to the mark. */
static bool add_text(Parser *p, Template *t, const char *s, size_t n)
{
    char *out = malloc(n + 1);
    if (out == NULL) return fail(p, "out of memory%s%s", "", NULL);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n && s[i + 1] == '*') {
            out[o++] = s[++i];
            continue;
        }
        if (s[i] != '*') {
            out[o++] = s[i];
            continue;
        }
        bool two = i + 1 < n && s[i + 1] == '*';
        size_t after = i + (two ? 2 : 1);
        char next = s + after < p->end ? s[after] : '\0';
        char prev = s + i > p->text ? s[(ptrdiff_t)i - 1] : '\0';
        bool *open = two ? &p->bold : &p->italic;
        bool opens = next && next != ' ' && !isalnum((unsigned char)prev);
        bool closes = prev && prev != ' ' && !isalnum((unsigned char)next);
        if (*open ? closes : opens) {
            *open = !*open;
            out[o++] = two ? TEXT_BOLD : TEXT_ITALIC;
            i = after - 1;
        } else {
            out[o++] = '*';
        }
    }
    out[o] = '\0';
    if (o == 0) {
        free(out);
        return true;
    }
    return add_seg(p, t, (Segment){.kind = SEG_TEXT, .text = out}) || (free(out), false);
}

/* A name in the text: a variable, a meter, a pronoun word or here.NAME. */
static bool source_of(Parser *p, const char *name, Source *src, bool *cap)
{
    char word[80];
    snprintf(word, sizeof word, "%s", name);
    *src = (Source){-1, -1, NULL};
    if (cap) *cap = false;
    if (strncmp(word, "here.", 5) == 0 && word[5]) {
        src->temp = strdup(word + 5);
        return src->temp != NULL || fail(p, "out of memory%s%s", "", NULL);
    }
    for (int round = 0; round < 2; round++) {
        if ((src->slot = story_slot(p->story, word)) >= 0) return true;
        if ((src->pronoun = pronoun_word(word)) >= 0) return true;
        if (round || !cap || !isupper((unsigned char)word[0])) break;
        word[0] = (char)tolower((unsigned char)word[0]);
        *cap = true;
    }
    const char *cands[128];
    int n = 0;
    for (int i = 0; i < p->story->nvars && n < 64; i++) cands[n++] = p->story->vars[i].name;
    for (int i = 0; i < p->story->nmeters && n < 128; i++) cands[n++] = p->story->meters[i].name;
    char hint[96];
    suggest(hint, sizeof hint, name, cands, n);
    return fail(p, "unknown placeholder {%s} (not a variable, meter or pronoun)%s", name, hint);
}

static bool is_name_char(char c) { return isalnum((unsigned char)c) || c == '_' || c == '.'; }

/* Trims spaces at both ends of [*s, *e). */
static void trim(const char **s, const char **e)
{
    while (*s < *e && isspace((unsigned char)**s)) (*s)++;
    while (*e > *s && isspace((unsigned char)(*e)[-1])) (*e)--;
}

/* A branch loses one space at each end, the one written for readability
 * ({met: smiles | looks away}); a second space is the text's own
 * ({asked:  more} gives " more"). */
static void trim_one(const char **s, const char **e)
{
    if (*s < *e && **s == ' ') (*s)++;
    if (*e > *s && (*e)[-1] == ' ') (*e)--;
}

static bool parse_cond(Parser *p, const char *s, const char *e, Cond *c)
{
    char buf[256], *words[4];
    int nw = 0;
    trim(&s, &e);
    if ((size_t)(e - s) >= sizeof buf) return fail(p, "a condition too long: {%.40s...}%s", s, NULL);
    memcpy(buf, s, (size_t)(e - s));
    buf[e - s] = '\0';
    /* Comparison operators may be written without spaces: "trust>=60". */
    char spaced[600];
    size_t o = 0;
    for (const char *q = buf; *q && o + 4 < sizeof spaced; q++) {
        if (strchr("<>=~!", *q)) {
            spaced[o++] = ' ';
            while (*q && strchr("<>=~!", *q)) spaced[o++] = *q++;
            spaced[o++] = ' ';
            q--;
        } else {
            spaced[o++] = *q;
        }
    }
    spaced[o] = '\0';
    for (char *save, *w = strtok_r(spaced, " \t", &save); w && nw < 4; w = strtok_r(NULL, " \t", &save)) words[nw++] = w;
    *c = (Cond){0};
    c->what = (Source){-1, -1, NULL};
    int at = 0;
    if (nw > 0 && strcmp(words[0], "not") == 0) c->negate = true, at = 1;
    int left = nw - at;
    if (left == 2 && (strcmp(words[at], "seen") == 0 || strcmp(words[at], "taken") == 0)) {
        bool seen = words[at][0] == 's';
        c->kind = seen ? COND_SEEN : COND_TAKEN;
        c->index = seen ? story_scene(p->story, words[at + 1]) : story_choice(p->story, words[at + 1]);
        if (c->index == -2) return fail(p, "{taken %s}: choices in several scenes have that id: write scene/%s",
                                        words[at + 1], words[at + 1]);
        if (c->index < 0) return fail(p, seen ? "{seen %s}: no scene is called that%s" : "{taken %s}: no choice has that id%s",
                                      words[at + 1], NULL);
        return true;
    }
    if (left < 1) return fail(p, "an empty condition before ':'%s%s", "", NULL);
    if (!source_of(p, words[at], &c->what, NULL)) return false;
    if (left == 1) {
        c->kind = COND_TRUTH;
        return true;
    }
    if (left == 3 && strcmp(words[at + 1], "has") == 0) {
        c->kind = COND_HAS;
        return (c->word = strdup(words[at + 2])) != NULL || fail(p, "out of memory%s%s", "", NULL);
    }
    static const char *const OPS[] = {">", ">=", "<", "<=", "==", "~=", "!="};
    if (left != 3) return fail(p, "a condition is `name`, `not name`, `name >= 60`, `seen scene`, `taken choice` or "
                                  "`name has word`, not {%s:...}%s", buf, NULL);
    c->kind = COND_COMPARE;
    int op = -1;
    for (int i = 0; i < 7; i++)
        if (strcmp(words[at + 1], OPS[i]) == 0) op = i == 6 ? OP_NE : i;
    if (op < 0) return fail(p, "unknown comparison '%s' in {%s:...}", words[at + 1], buf);
    c->op = (Op)op;
    char *end;
    c->number = strtod(words[at + 2], &end);
    if (*end != '\0' && (c->word = strdup(words[at + 2])) == NULL) return fail(p, "out of memory%s%s", "", NULL);
    return true;
}

/* The end of the brace group that starts at s[0] == '{', or NULL. */
static const char *closing(const char *s, const char *e)
{
    int depth = 0;
    for (const char *q = s; q < e; q++) {
        if (*q == '{') depth++;
        else if (*q == '}' && --depth == 0) return q;
    }
    return NULL;
}

/* The branches of a group: its text split at '|' outside nested braces. */
static bool parse_parts(Parser *p, const char *s, const char *e, Segment *seg, int min, int max)
{
    int depth = 0;
    const char *from = s;
    for (const char *q = s; q <= e && !p->failed; q++) {
        if (q < e && *q == '{') depth++;
        else if (q < e && *q == '}') depth--;
        else if (q == e || (*q == '|' && depth == 0)) {
            const char *a = from, *b = q;
            trim_one(&a, &b);
            Template **grown = realloc(seg->parts, sizeof *grown * ((size_t)seg->nparts + 1));
            if (grown == NULL) return fail(p, "out of memory%s%s", "", NULL);
            seg->parts = grown;
            if ((seg->parts[seg->nparts] = parse(p, a, (size_t)(b - a))) == NULL) return false;
            seg->nparts++;
            from = q + 1;
        }
    }
    if (seg->nparts < min || seg->nparts > max)
        return fail(p, max == 2 ? "{%s...} has more than two branches: a condition takes `then | else`%s"
                                : "{%s...} needs at least two alternatives, split by |%s",
                    seg->kind == SEG_IF ? "COND: " : "cycle: ", NULL);
    return true;
}

static void free_seg(Segment *seg);

static Template *parse(Parser *p, const char *s, size_t n)
{
    Template *t = calloc(1, sizeof *t);
    if (t == NULL) {
        fail(p, "out of memory%s%s", "", NULL);
        return NULL;
    }
    const char *e = s + n, *lit = s;
    for (const char *q = s; q < e && !p->failed;) {
        if (*q != '{') {
            q++;
            continue;
        }
        if (q + 1 < e && q[1] == '{') { /* {{ is a brace */
            add_text(p, t, lit, (size_t)(q + 1 - lit));
            lit = q += 2;
            continue;
        }
        const char *end = closing(q, e);
        if (end == NULL) {
            fail(p, "a '{' that is never closed: {%.30s%s", q + 1, strlen(q + 1) > 30 ? "..." : "");
            break;
        }
        add_text(p, t, lit, (size_t)(q - lit));
        if (!p->failed) snprintf(p->where, p->wherelen, "%.*s", (int)(end + 1 - q), q);
        const char *in = q + 1, *colon = in;
        while (colon < end && *colon != ':' && *colon != '{' && *colon != '|') colon++;
        Segment seg = {0};
        if (colon == end || *colon != ':') { /* {name} */
            const char *a = in, *b = end;
            trim(&a, &b);
            char name[80];
            bool plain = b > a && (size_t)(b - a) < sizeof name;
            for (const char *c = a; plain && c < b; c++) plain = is_name_char(*c);
            if (!plain) {
                snprintf(p->err, p->errlen, "{%.*s} is not a placeholder: write a name, or a condition like {met: a | b}",
                         (int)(end - in > 40 ? 40 : end - in), in);
                p->failed = true;
                break;
            }
            memcpy(name, a, (size_t)(b - a));
            name[b - a] = '\0';
            seg.kind = SEG_VALUE;
            if (!source_of(p, name, &seg.value, &seg.cap)) break;
        } else {
            static const char *const ALTS[] = {"sequence", "cycle", "once", "shuffle"};
            const char *a = in, *b = colon;
            trim(&a, &b);
            int alt = -1;
            for (int i = 0; i < 4; i++)
                if ((size_t)(b - a) == strlen(ALTS[i]) && strncmp(a, ALTS[i], (size_t)(b - a)) == 0) alt = i;
            if (alt >= 0) {
                if (!p->alternatives) {
                    fail(p, "{%s: ...} alternatives go in the text you write, not in text a function returns%s",
                         ALTS[alt], NULL);
                    break;
                }
                seg.kind = SEG_ALTS;
                seg.alt = (AltKind)alt;
                seg.counter = p->story->ncounters++;
                parse_parts(p, colon + 1, end, &seg, 2, 1000);
            } else {
                seg.kind = SEG_IF;
                seg.cond = calloc(1, sizeof *seg.cond);
                if (seg.cond == NULL) fail(p, "out of memory%s%s", "", NULL);
                else if (parse_cond(p, in, colon, seg.cond)) parse_parts(p, colon + 1, end, &seg, 1, 2);
            }
        }
        if (p->failed || !add_seg(p, t, seg)) {
            free_seg(&seg);
            break;
        }
        lit = q = end + 1;
    }
    if (!p->failed) add_text(p, t, lit, (size_t)(e - lit));
    if (p->failed) {
        template_free(t);
        return NULL;
    }
    return t;
}

Template *template_compile(Story *s, const char *text, bool alternatives, char *err, size_t errlen, char *where,
                           size_t wherelen)
{
    char *clean = text_sanitize(text, strlen(text));
    if (clean == NULL) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    char none[8];
    if (where == NULL) where = none, wherelen = sizeof none;
    where[0] = '\0';
    Parser p = {.story = s, .alternatives = alternatives, .err = err, .errlen = errlen, .where = where,
                .wherelen = wherelen, .text = clean, .end = clean + strlen(clean)};
    Template *t = parse(&p, clean, strlen(clean));
    free(clean);
    return t;
}

static void free_seg(Segment *seg)
{
    free(seg->text);
    free(seg->value.temp);
    if (seg->cond) {
        free(seg->cond->what.temp);
        free(seg->cond->word);
        free(seg->cond);
    }
    for (int i = 0; i < seg->nparts; i++) template_free(seg->parts[i]);
    free(seg->parts);
}

void template_free(Template *t)
{
    if (t == NULL) return;
    for (int i = 0; i < t->n; i++) free_seg(&t->segs[i]);
    free(t->segs);
    free(t);
}

bool template_is_literal(const Template *t)
{
    for (int i = 0; i < t->n; i++)
        if (t->segs[i].kind != SEG_TEXT) return false;
    return true;
}

/* ------------------------------------------------------------ rendering */

static const Value *value_of(const Source *src, const TemplateState *st, Value *scratch)
{
    if (src->temp) {
        const Value *v = st->temps ? temps_get(st->temps, src->temp) : NULL;
        *scratch = (Value){.type = VAL_STRING, .string = ""};
        return v ? v : scratch;
    }
    if (src->slot >= st->story->nvars) {
        *scratch = (Value){.type = VAL_NUMBER, .number = st->meters[src->slot - st->story->nvars]};
        return scratch;
    }
    return &st->vars[src->slot];
}

static void render_value(const Segment *seg, TemplateState *st, Buf *out)
{
    size_t from = out->len;
    if (seg->value.pronoun >= 0) {
        buf_puts(out, pronoun_form(st->pronoun, seg->value.pronoun));
    } else {
        Value scratch;
        const Value *v = value_of(&seg->value, st, &scratch);
        char num[64];
        if (v->type == VAL_SET) {
            value_set_text(v, out);
        } else if (v->type == VAL_STRING) {
            char *safe = text_sanitize(v->string ? v->string : "", v->string ? strlen(v->string) : 0);
            if (safe == NULL) out->failed = true;
            else buf_puts(out, safe);
            free(safe);
        } else {
            Value shown = *v;
            if (seg->value.slot >= st->story->nvars) shown.number = round(shown.number); /* meters read whole */
            interp_format_value(&shown, num, sizeof num);
            buf_puts(out, num);
        }
    }
    if (seg->cap && out->len > from && !out->failed)
        out->data[from] = (char)toupper((unsigned char)out->data[from]);
}

static bool holds(const Cond *c, const TemplateState *st)
{
    Value scratch;
    bool r = false;
    switch (c->kind) {
    case COND_TRUTH: r = value_truth(value_of(&c->what, st, &scratch)); break;
    case COND_SEEN: r = st->visits[c->index] > 0; break;
    case COND_TAKEN: r = st->chosen[c->index] > 0; break;
    case COND_HAS: {
        const Value *v = value_of(&c->what, st, &scratch);
        r = v->type == VAL_SET ? value_set_has(v, c->word) : v->type == VAL_STRING && strcmp(v->string, c->word) == 0;
        break;
    }
    case COND_COMPARE: {
        const Value *v = value_of(&c->what, st, &scratch);
        int cmp;
        if (c->word) cmp = v->type == VAL_STRING ? strcmp(v->string ? v->string : "", c->word) : 1;
        else if (v->type == VAL_NUMBER) cmp = (v->number > c->number) - (v->number < c->number);
        else cmp = (value_truth(v) ? 1.0 : 0.0) > c->number ? 1 : (value_truth(v) ? 1.0 : 0.0) < c->number ? -1 : 0;
        switch (c->op) {
        case OP_GT: r = cmp > 0; break;
        case OP_GE: r = cmp >= 0; break;
        case OP_LT: r = cmp < 0; break;
        case OP_LE: r = cmp <= 0; break;
        case OP_EQ: r = cmp == 0; break;
        case OP_NE: r = cmp != 0; break;
        }
        break;
    }
    }
    return r != c->negate;
}

void template_render(const Template *t, TemplateState *st, Buf *out)
{
    for (int i = 0; i < t->n && !out->failed; i++) {
        const Segment *seg = &t->segs[i];
        switch (seg->kind) {
        case SEG_TEXT: buf_puts(out, seg->text); break;
        case SEG_VALUE: render_value(seg, st, out); break;
        case SEG_IF: {
            int k = holds(seg->cond, st) ? 0 : 1;
            if (k < seg->nparts) template_render(seg->parts[k], st, out);
            break;
        }
        case SEG_ALTS: {
            int *count = &st->counters[seg->counter], n = seg->nparts, k = -1;
            switch (seg->alt) {
            case ALT_SEQUENCE: k = *count < n ? *count : n - 1; break;
            case ALT_CYCLE: k = *count % n; break;
            case ALT_ONCE: k = *count < n ? *count : -1; break;
            case ALT_SHUFFLE: k = st->rng->oracle ? 0 : (int)rng_range(st->rng, 0, n - 1); break;
            }
            if (seg->alt == ALT_CYCLE) *count = (*count + 1) % n;
            else if (*count < n) (*count)++;
            if (k >= 0) template_render(seg->parts[k], st, out);
            break;
        }
        }
    }
}
