/* fuzz_wrap.c - arbitrary bytes sanitized, measured, wrapped and drawn at
 * a width the input picks. Besides crashes, it checks what text.h
 * promises of a wrap: every line ends in '\n', starts with its indent, and
 * is no wider than the width unless it holds one cluster alone.
 *
 * Input: byte 0 the width (1 to 128), byte 1 the indent (0 to 31) and the
 * render options (bits 5-7: color, plain, breaks), then the text; a 0x1e
 * byte (record separator) splits it into a scene's paragraphs and choices. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "fuzz.h"
#include "play/render.h"

static FILE *devnull;
static const char MARKS[] = {TEXT_ITALIC, TEXT_BOLD, '\0'};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    devnull = fopen("/dev/null", "w");
    if (devnull == NULL) abort();
    return 0;
}

/* Aborts, so the fuzzer keeps the input, when a wrapped line breaks a promise. */
static void broken(const char *what, int width, int indent, const char *line, size_t len)
{
    fprintf(stderr, "text_wrap(width %d, indent %d): %s: \"%.*s\"\n", width, indent, what, (int)len, line);
    abort();
}

static void check_wrap(const char *text, int width, int indent)
{
    char *wrapped = text_wrap(text, width, indent);
    if (wrapped == NULL) abort();
    int in = text_wrap_indent(width, indent);
    size_t total = strlen(wrapped);
    if (total > 0 && wrapped[total - 1] != '\n') broken("the last line has no newline", width, indent, wrapped, total);
    for (char *line = wrapped; *line;) {
        char *nl = strchr(line, '\n');
        size_t len = (size_t)(nl - line);
        *nl = '\0';
        if (len > 0 && strspn(line, " ") < (size_t)in) broken("a line lacks its indent", width, indent, line, len);
        int w = text_width(line);
        if (w > width) {
            /* Allowed only for one cluster wider than the room, alone after
             * the indent but for emphasis marks, which take no columns. */
            const char *rest = line + in + strspn(line + in, MARKS);
            int cw;
            size_t n = text_cluster(rest, strlen(rest), &cw);
            if (rest[n + strspn(rest + n, MARKS)] != '\0' || cw <= width - in)
                broken("a line is wider than the width", width, indent, line, len);
        }
        line = nl + 1;
    }
    free(wrapped);
}

/* The input's pieces between separators, as a scene: paragraphs first,
 * then up to four choices (the last few pieces), drawn as the player sees. */
static void draw_scene(const RenderOpts *o, char *text)
{
    const char *pieces[16];
    int n = 0;
    for (char *p = text; n < 16;) {
        pieces[n++] = p;
        char *sep = strchr(p, '\x1e');
        if (sep == NULL) break;
        *sep = '\0';
        p = sep + 1;
    }
    int nchoices = n / 2 > 4 ? 4 : n / 2;
    ChoiceView choices[4];
    for (int i = 0; i < nchoices; i++) {
        const char *label = pieces[n - nchoices + i];
        choices[i] = (ChoiceView){.label = label, .available = label[0] != '-', .reason = label[0] == '-' ? label : NULL};
    }
    MeterView meters[2] = {{"patience", 62, 50}, {"respect", 100, 0}};
    SceneView v = {.story_title = pieces[0], .paragraphs = pieces, .nparagraphs = n - nchoices, .choices = choices,
                   .nchoices = nchoices, .meters = meters, .nmeters = 2, .chapter = n > 2 ? pieces[1] : NULL,
                   .notice = n > 3 ? pieces[2] : NULL};
    render_scene(o, &v);
    NoteView notes[1] = {{.choice = pieces[0], .note = pieces[n - 1], .weight = -1, .turning = true}};
    OutcomeView ov = {.story_title = "Fuzz", .title = pieces[0], .kind = n > 1 ? pieces[1] : NULL,
                      .paragraphs = pieces, .nparagraphs = n, .reflection = pieces[n - 1], .meters = meters,
                      .nmeters = 2, .notes = notes, .nnotes = 1};
    render_outcome(o, &ov);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (devnull == NULL) LLVMFuzzerInitialize(NULL, NULL);
    fuzz_keep_input(data, size);
    if (size < 2) return 0;
    int width = data[0] % 128 + 1;
    int indent = data[1] % 32;
    char *raw = fuzz_string(data + 2, size - 2);
    size_t len = size - 2;

    (void)text_width(raw); /* what a transcript or a story may hold, unsanitized */
    char *plain = text_sanitize(raw, len);
    char *styled = text_sanitize_styled(raw, len);
    if (plain == NULL || styled == NULL) abort();
    (void)text_skip_quotes(plain);
    check_wrap(plain, width, indent);
    check_wrap(styled, width, indent);

    RenderOpts o = {.out = devnull, .width = render_width(width, 0), .color = data[1] & 0x20,
                    .plain = data[1] & 0x40, .breaks = data[1] & 0x80};
    render_text(&o, styled);
    render_hint(&o, plain);
    render_hanging(&o, plain, styled, indent);
    char bar[128];
    render_bar(bar, sizeof bar, (double)data[0] - 14, width % 40, data[1] & 1);
    draw_scene(&o, styled);

    free(raw);
    free(plain);
    free(styled);
    return 0;
}
