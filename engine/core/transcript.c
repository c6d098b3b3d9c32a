/* transcript.c - a transcript's header and answer lines, written and
 * parsed (see transcript.h). */
#include "core/transcript.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

char *transcript_head(const TranscriptHead *h)
{
    Buf b = {0};
    buf_printf(&b, "%s: `rekindle test FILE` replays it\n", TRANSCRIPT_MAGIC);
    buf_printf(&b, "# story: %s\n# seed: %" PRIu64 "\n# width: %d\n", h->story, h->seed, h->width);
    if (h->replay && h->replay[0]) buf_printf(&b, "# replay: %s\n", h->replay);
    return buf_take(&b);
}

char *transcript_answer(const char *answer)
{
    Buf b = {0};
    buf_puts(&b, answer[0] ? "> " : ">"); /* no space at the end of a line, for editors that drop it */
    buf_puts(&b, answer);
    return buf_take(&b);
}

char *transcript_ending(const char *name)
{
    Buf b = {0};
    buf_printf(&b, "# ending: %s", name);
    return buf_take(&b);
}

bool transcript_is_answer(const char *line, const char **answer)
{
    if (line[0] != '>' || (line[1] != ' ' && line[1] != '\0')) return false;
    *answer = line[1] ? line + 2 : line + 1;
    return true;
}

bool transcript_is_comment(const char *line) { return line[0] == '#'; }

static bool is_magic(const char *line) { return strncmp(line, TRANSCRIPT_MAGIC, strlen(TRANSCRIPT_MAGIC)) == 0; }

/* The value of "# key: value", or NULL when the line is not that key's. */
static const char *field(const char *line, const char *key)
{
    size_t n = strlen(key);
    if (strncmp(line, "# ", 2) != 0 || strncmp(line + 2, key, n) != 0 || line[2 + n] != ':') return NULL;
    const char *v = line + 3 + n;
    while (*v == ' ') v++;
    return v;
}

/* A whole number in [lo, hi]; false if v is not one. */
static bool whole(const char *v, uint64_t lo, uint64_t hi, uint64_t *out)
{
    char *end;
    if (*v < '0' || *v > '9') return false;
    errno = 0;
    uint64_t n = strtoull(v, &end, 10);
    if (errno || *end || n < lo || n > hi) return false;
    *out = n;
    return true;
}

/* Reads the header that starts at line i; the body follows it. */
static bool parse_head(Transcript *t, int i, TranscriptPart *p, char *err, size_t errlen)
{
    p->line = i + 1;
    p->head.width = 80; /* what a play through a pipe is wrapped at */
    bool seeded = false;
    for (i++; i < t->nlines && transcript_is_comment(t->lines[i]) && !is_magic(t->lines[i]); i++) {
        const char *line = t->lines[i], *v;
        uint64_t n;
        if ((v = field(line, "story"))) {
            p->head.story = v;
        } else if ((v = field(line, "seed"))) {
            if (!whole(v, 0, UINT64_MAX, &n)) {
                snprintf(err, errlen, "%d: the seed is not a whole number: '%.60s'", i + 1, v);
                return false;
            }
            p->head.seed = n;
            seeded = true;
        } else if ((v = field(line, "width"))) {
            if (!whole(v, 20, 1000, &n)) {
                snprintf(err, errlen, "%d: the width is not a number from 20 to 1000: '%.60s'", i + 1, v);
                return false;
            }
            p->head.width = (int)n;
        } else if ((v = field(line, "replay"))) {
            p->head.replay = v;
        }
    }
    if (p->head.story == NULL || p->head.story[0] == '\0' || !seeded) {
        snprintf(err, errlen, "%d: the header says no %s", p->line, seeded ? "story (# story: FILE)" : "seed (# seed: N)");
        return false;
    }
    p->first = i;
    for (const char *v; i < t->nlines && !is_magic(t->lines[i]); i++)
        if ((v = field(t->lines[i], "ending"))) p->ending = v;
    p->end = i;
    return true;
}

bool transcript_parse(const char *text, size_t len, Transcript *t, char *err, size_t errlen)
{
    memset(t, 0, sizeof *t);
    t->text = malloc(len + 1);
    t->lines = malloc(sizeof *t->lines * (len + 1));
    t->parts = malloc(sizeof *t->parts * (len / 2 + 1)); /* a part takes three lines at least */
    if (!t->text || !t->lines || !t->parts) {
        snprintf(err, errlen, "out of memory");
        transcript_free(t);
        return false;
    }
    memcpy(t->text, text, len);
    t->text[len] = '\0';
    for (char *s = t->text, *end = t->text + len; s < end;) { /* a last line without '\n' counts */
        char *nl = memchr(s, '\n', (size_t)(end - s));
        t->lines[t->nlines++] = s;
        if (nl == NULL) break;
        *nl = '\0';
        s = nl + 1;
    }
    for (int i = 0; i < t->nlines;) {
        if (is_magic(t->lines[i])) {
            TranscriptPart *p = &t->parts[t->nparts];
            memset(p, 0, sizeof *p);
            if (!parse_head(t, i, p, err, errlen)) {
                transcript_free(t);
                return false;
            }
            t->nparts++;
            i = p->end;
        } else if (t->nparts == 0 && !transcript_is_comment(t->lines[i]) && t->lines[i][0] != '\0') {
            snprintf(err, errlen, "%d: not a transcript to test: it does not start with '%s' (record one with "
                                  "rekindle --transcript FILE)", i + 1, TRANSCRIPT_MAGIC);
            transcript_free(t);
            return false;
        } else {
            i++;
        }
    }
    if (t->nparts == 0) {
        snprintf(err, errlen, "1: not a transcript to test: no '%s' line (record one with rekindle --transcript FILE)",
                 TRANSCRIPT_MAGIC);
        transcript_free(t);
        return false;
    }
    return true;
}

void transcript_free(Transcript *t)
{
    free(t->text);
    free(t->lines);
    free(t->parts);
    memset(t, 0, sizeof *t);
}
