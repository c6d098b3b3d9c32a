/* menu.c - the title menu: the bundled stories with what the player has of
 * each (endings found, a play to continue). Enter plays the default story;
 * a number plays that one; `delete N` and `forget N` clear a story's saves
 * and endings found. */
#include "play/menu.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "play/library.h"
#include "play/render.h"
#include "play/save.h"
#include "play/term.h"

static const char HELP[] =
    "Type a story's number or the start of its title to play it; Enter plays the\n"
    "story marked (Enter).\n"
    "  delete N   delete the saves of story N (its play to continue too)\n"
    "  forget N   forget the endings found in story N\n"
    "  quit       leave (q and exit too)";

/* Draws the menu: two lines a story (three when the window is narrow, one
 * when the stories would not fit it otherwise), so that six stories fit a
 * 24-line terminal. The default story is first. */
static void draw(const RenderOpts *ro, const Listed *l, int n)
{
    int avail = ro->width - 2; /* render_text's margin */
    int numw = n >= 10 ? 2 : 1, rows = term_rows(), height = 6; /* the header, the hint, the prompt */
    for (int i = 0; i < n; i++) { /* a story's lines, its blurb wrapped (near enough) */
        int room = avail - numw - 2;
        height += 1 + (room > 0 ? (text_width(l[i].blurb) + room - 1) / room : 1);
    }
    bool blurbs = rows == 0 || height <= rows;
    render_text(ro, "rekindle: stories about patience and respect");
    fputc('\n', ro->out);
    for (int i = 0; i < n; i++) {
        bool *found = calloc((size_t)l[i].endings + 1, sizeof *found);
        int known = found ? save_known(l[i].id, SAVE_ENDINGS, (const char *const *)l[i].ending_ids, l[i].endings, found) : 0;
        free(found);
        Save s;
        char err[512], left[400], right[200], line[800];
        bool cont = false;
        if (save_exists(l[i].id, SAVE_AUTOSAVE) && save_read(l[i].id, SAVE_AUTOSAVE, &s, err, sizeof err)) {
            cont = s.path[0] != '\0';
            save_free(&s);
        }
        snprintf(left, sizeof left, "%*d  %s%s", numw, i + 1, l[i].title, i == 0 ? "  (Enter)" : "");
        snprintf(right, sizeof right, "%d of %d endings%s", known, l[i].endings, cont ? ", a play to continue" : "");
        int pad = avail - text_width(left) - text_width(right);
        if (pad >= 2) {
            snprintf(line, sizeof line, "%s%*s%s", left, pad, "", right);
            render_text(ro, line);
        } else {
            render_text(ro, left);
            render_hanging(ro, NULL, right, numw + 2);
        }
        if (blurbs) render_hanging(ro, NULL, l[i].blurb, numw + 2);
    }
    render_text(ro, "\nA number or a title plays a story; Enter the one marked; help lists the rest.");
}

/* Asks a yes-or-no question (no by default) until it is answered. */
static bool confirm(const RenderOpts *ro, const char *question)
{
    for (;;) {
        char *answer = term_read(question, NULL, false);
        if (answer == NULL) return false;
        int yes = term_yes_no(answer, false);
        free(answer);
        if (yes >= 0) return yes;
        render_hint(ro, "Type y or n (Enter is no).");
    }
}

/* "word N" with N a story number; returns the index, or -1. */
static int numbered(const char *in, const char *word, int n)
{
    size_t len = strlen(word);
    if (strncmp(in, word, len) != 0 || in[len] != ' ') return -1;
    int k = atoi(in + len + 1);
    return k >= 1 && k <= n ? k - 1 : -1;
}

int menu_run(PlayOptions *o)
{
    RenderOpts ro = {.out = stdout, .width = 80, .color = o->color, .plain = o->plain};
    int status = EXIT_DONE;
    for (;;) {
        int n;
        Listed *l = library_list(&o->limits, &n);
        if (n == 0) {
            fputs("rekindle: no stories found (set REKINDLE_PATH to a folder of .lua stories)\n", stderr);
            library_free(l, n);
            return EXIT_STORY_ERROR;
        }
        library_default_first(l, n); /* Enter plays it */
        ro.width = render_width(o->width, term_columns());
        draw(&ro, l, n);
        int pick = -1;
        bool leave = false;
        while (pick < 0 && !leave) {
            char *line = term_read("> ", NULL, false);
            if (line == NULL) {
                fputc('\n', stdout);
                if (term_interrupted()) status = EXIT_INTERRUPTED;
                leave = true;
                break;
            }
            char *in = line;
            while (isspace((unsigned char)*in)) in++;
            for (size_t k = strlen(in); k > 0 && isspace((unsigned char)in[k - 1]);) in[--k] = '\0';
            char err[1024], msg[1200];
            int k;
            if (*in == '\0') {
                pick = 0;
            } else if (strcmp(in, "quit") == 0 || strcmp(in, "q") == 0 || strcmp(in, "exit") == 0) {
                leave = true;
            } else if (strcmp(in, "help") == 0) {
                render_text(&ro, HELP);
            } else if ((k = numbered(in, "delete", n)) >= 0) {
                snprintf(msg, sizeof msg, "Delete every save of %s, and the play to continue? [y/N] ", l[k].title);
                if (!confirm(&ro, msg)) {
                    render_hint(&ro, "Nothing deleted.");
                    free(line);
                    continue;
                }
                char **names = save_names(l[k].id);
                bool ok = true;
                for (char **s = names; s && *s && ok; s++) ok = save_delete(l[k].id, *s, err, sizeof err);
                save_free_names(names);
                snprintf(msg, sizeof msg, ok ? "The saves of %s are deleted." : "%s", ok ? l[k].title : err);
                render_hint(&ro, msg);
            } else if ((k = numbered(in, "forget", n)) >= 0) {
                snprintf(msg, sizeof msg, "Forget the endings found in %s? [y/N] ", l[k].title);
                if (!confirm(&ro, msg)) {
                    render_hint(&ro, "Nothing forgotten.");
                    free(line);
                    continue;
                }
                bool ok = save_forget_endings(l[k].id, err, sizeof err);
                snprintf(msg, sizeof msg, ok ? "The endings found in %s are forgotten." : "%s", ok ? l[k].title : err);
                render_hint(&ro, msg);
            } else if ((k = library_match(l, n, in)) >= 0) {
                pick = k;
            } else if (k == -2) {
                render_hint(&ro, "That is the start of more than one title: type more of it, or the number.");
            } else {
                render_hint(&ro, "Type a story's number or title, or press Enter; help lists the rest.");
            }
            free(line);
        }
        char *path = pick >= 0 ? strdup(l[pick].path) : NULL;
        library_free(l, n);
        if (path == NULL) return status;
        o->path = path;
        o->from_menu = true;
        status = play(o);
        o->path = NULL;
        o->from_menu = false;
        free(path);
        if (status != EXIT_DONE) return status;
    }
}
