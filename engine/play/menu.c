/* menu.c - the title menu: the bundled stories with what the player has of
 * each (endings found, a play to continue). Enter plays the default story;
 * a number plays that one; `delete N` and `forget N` clear a story's saves
 * and endings found. */
#include "play/menu.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "play/library.h"
#include "play/render.h"
#include "play/save.h"
#include "play/term.h"

static const char HELP[] =
    "Press Enter to play the story marked (Enter), or type a story's number.\n"
    "  delete N   delete the saves of story N (its play in progress too)\n"
    "  forget N   forget the endings found in story N\n"
    "  quit       leave";

/* Draws the menu; returns the index of the default story. */
static int draw(const RenderOpts *ro, const Listed *l, int n)
{
    char text[8192] = "", line[1024];
    int dflt = 0;
    for (int i = 0; i < n; i++)
        if (strcmp(l[i].file, LIBRARY_DEFAULT) == 0) dflt = i;
    strcat(text, "rekindle: stories about patience and respect\n\n");
    for (int i = 0; i < n; i++) {
        bool *found = calloc((size_t)l[i].endings + 1, sizeof *found);
        int known = found ? save_known(l[i].id, SAVE_ENDINGS, (const char *const *)l[i].ending_ids, l[i].endings, found) : 0;
        free(found);
        Save s;
        char err[512], cont[200] = "";
        if (save_exists(l[i].id, SAVE_AUTOSAVE) && save_read(l[i].id, SAVE_AUTOSAVE, &s, err, sizeof err)) {
            snprintf(cont, sizeof cont, "; a play to continue, at '%.60s'", s.scene);
            save_free(&s);
        }
        snprintf(line, sizeof line, "%d  %s%s\n   %s\n   endings found: %d of %d%s\n\n", i + 1, l[i].title,
                 i == dflt ? "  (Enter)" : "", l[i].blurb, known, l[i].endings, cont);
        if (strlen(text) + strlen(line) < sizeof text) strcat(text, line);
    }
    render_text(ro, text);
    return dflt;
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
        for (int i = 1; i < n; i++) /* the default story first: Enter plays it */
            if (strcmp(l[i].file, LIBRARY_DEFAULT) == 0) {
                Listed d = l[i];
                memmove(&l[1], &l[0], sizeof *l * (size_t)i);
                l[0] = d;
            }
        int cols = term_columns();
        ro.width = o->width > 0 ? o->width : cols > 20 && cols < 100 ? cols : cols >= 100 ? 100 : 80;
        int dflt = draw(&ro, l, n), pick = -1;
        bool leave = false;
        while (pick < 0 && !leave) {
            char *line = term_read("> ", NULL, false);
            if (line == NULL) {
                fputc('\n', stdout);
                leave = true;
                break;
            }
            char *in = line;
            while (isspace((unsigned char)*in)) in++;
            for (size_t k = strlen(in); k > 0 && isspace((unsigned char)in[k - 1]);) in[--k] = '\0';
            char err[1024], msg[1200];
            int k;
            if (*in == '\0') {
                pick = dflt;
            } else if (strcmp(in, "quit") == 0) {
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
            } else if (atoi(in) >= 1 && atoi(in) <= n && strspn(in, "0123456789") == strlen(in)) {
                pick = atoi(in) - 1;
            } else {
                render_hint(&ro, "Type a story's number, or press Enter; help lists the rest.");
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
