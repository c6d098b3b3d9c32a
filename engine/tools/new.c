/* new.c - `rekindle new NAME`: makes the folder NAME with a small story
 * that works (story.lua: a name and pronouns asked, choices with notes and
 * meter changes, chance, two endings with reflections, two rules), its
 * README.md, what tools need beside it (.luacheckrc for luacheck and
 * .luarc.json for an editor's Lua language server), and a transcript test
 * of one play, recorded by this rekindle. It never writes into a folder
 * that was there. */
#include "tools/new.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/disk.h"
#include "base/status.h"

#define NAME_MAX_LEN 40 /* a story's id: short enough to type */

/* The play the README shows and the transcript test records: a name, her
 * pronouns, the walk, one line sent, the answer read. */
#define PLAY_SEED "7"
#define PLAY_ANSWERS "Robin\n1\n2\n1\n1\n"
#define TRANSCRIPT "tests/first-play.transcript"

/* The story: @ID@ is its id (the folder's name), @TITLE@ its title made
 * from it. check --strict, quicktest and luacheck all pass it as written
 * (tests/suites/new.sh). */
static const char STORY[] =
    "-- @TITLE@: a story for rekindle, made by `rekindle new` to start from:\n"
    "-- change anything. README.md says how to play, check and test it; every\n"
    "-- feature of the language, with an example, is in rekindle's authoring\n"
    "-- guide (docs/authoring.md in its source).\n"
    "\n"
    "story {\n"
    "  id = \"@ID@\",\n"
    "  title = \"@TITLE@\",\n"
    "  blurb = \"A message unanswered, and what you do while you wait.\",\n"
    "  start = \"name\",\n"
    "  meters = { patience = 50, trust = 40 },\n"
    "  vars = { name = \"Sam\" },\n"
    "  kinds = { \"together\", \"apart\" },\n"
    "  tags = { \"pressure\", \"space\", \"amends\" },\n"
    "}\n"
    "\n"
    "-- Promises every playthrough keeps: randomtest and quicktest check them.\n"
    "rule \"every change of a meter says what it taught\" { notes = true }\n"
    "rule \"pressure not mended never wins them back\" {\n"
    "  never = \"together\", after = \"pressure\", unless = \"amends\",\n"
    "}\n"
    "\n"
    "scene \"name\" {\n"
    "  \"Before it starts: who is the person you hope to win back?\",\n"
    "  ask \"What is their name?\" { into = \"name\", pronouns = true, go = \"table\" },\n"
    "}\n"
    "\n"
    "scene \"table\" {\n"
    "  \"It has been a week since {name} said {they} needed time. Your phone lies face-down on the kitchen table.\",\n"
    "  choice \"Write {them} a long message that explains everything\" {\n"
    "    go = \"read\", patience = -15, trust = -10, tags = { \"pressure\" },\n"
    "    note = \"An explanation nobody asked for is one more thing to answer.\",\n"
    "  },\n"
    "  choice \"Leave the phone where it is, and go for a walk\" {\n"
    "    go = \"walk\", patience = 10, tags = { \"space\" },\n"
    "    note = \"Giving someone time means not filling it for them.\",\n"
    "  },\n"
    "}\n"
    "\n"
    "scene \"read\" {\n"
    "  \"Two days pass. The message says *read*, and nothing more.\",\n"
    "  choice \"Send another, shorter one\" {\n"
    "    go = \"apart\", trust = -10, tags = { \"pressure\" },\n"
    "    note = \"Silence is an answer too, and it asks to be heard.\",\n"
    "  },\n"
    "  choice \"Say sorry for the long message, and leave it there\" {\n"
    "    go = \"walk\", trust = 10, tags = { \"amends\" },\n"
    "    note = \"A short apology asks for nothing back.\",\n"
    "  },\n"
    "}\n"
    "\n"
    "scene \"walk\" {\n"
    "  \"The park is cold and almost empty. You think of {name} laughing at the ducks, last spring.\",\n"
    "  choice \"Send one line: thinking of {them}, no need to answer\" {\n"
    "    go = \"answer\", trust = 10,\n"
    "    note = \"A message that asks for nothing leaves the next step to them.\",\n"
    "  },\n"
    "  choice \"Send nothing, and walk home the long way\" {\n"
    "    go = \"answer\", patience = 10,\n"
    "    note = \"Waiting well is something you do, not something that happens to you.\",\n"
    "  },\n"
    "}\n"
    "\n"
    "-- The other person has a mind of their own: the answer is theirs, and\n"
    "-- chance (the seeded math.random) stands in for it.\n"
    "scene \"answer\" {\n"
    "  \"A week later, your phone lights up with {their} name.\",\n"
    "  choice \"Read it\" {\n"
    "    go = function(s)\n"
    "      if s.trust >= 50 and math.random(100) <= s.patience then return \"together\" end\n"
    "      return \"apart\"\n"
    "    end,\n"
    "  },\n"
    "}\n"
    "\n"
    "ending \"together\" {\n"
    "  title = \"Coffee on Saturday\", kind = \"together\",\n"
    "  \"{They} would like to meet for coffee on Saturday, for an hour. You say yes, and nothing more.\",\n"
    "  reflection = \"Patience left {name} room to come back in {their} own time.\",\n"
    "}\n"
    "\n"
    "ending \"apart\" {\n"
    "  title = \"Not Now\", kind = \"apart\",\n"
    "  \"{They} say{s} not now, and maybe not again. You thank {them} for telling you, and you mean it.\",\n"
    "  reflection = \"A no you accept well is a good ending too.\",\n"
    "}\n";

static const char README[] =
    "# @TITLE@\n"
    "\n"
    "A story for rekindle, made by `rekindle new` to start from: the story is\n"
    "`story.lua`, and it is yours to change. The commands below run in this\n"
    "folder.\n"
    "\n"
    "## Play it\n"
    "\n"
    "    rekindle story.lua\n"
    "    printf 'Robin\\n1\\n2\\n1\\n1\\n' | rekindle --seed 7 story.lua   # one path, scripted\n"
    "\n"
    "## Check it\n"
    "\n"
    "    rekindle check --strict story.lua   # problems, compiler-style, without playing\n"
    "    luacheck .                          # Lua slips: a name misspelt, an s. forgotten\n"
    "\n"
    "`luacheck` (Debian: `apt-get install lua-check`) reads `.luacheckrc`, which\n"
    "names exactly what a story may use. An editor with the Lua language server\n"
    "reads `.luarc.json`, which points it at rekindle's definitions of the story\n"
    "language: completion and help for every declaration and field.\n"
    "\n"
    "## Test it\n"
    "\n"
    "    rekindle quicktest story.lua     # every state it can reach: what never happens\n"
    "    rekindle randomtest story.lua    # 10,000 random plays: errors, with a line to replay each\n"
    "    rekindle test tests              # replay the recorded plays: what now reads differently\n"
    "\n"
    "Quicktest and randomtest check the rules the story declares (`rule \"...\"\n"
    "{ ... }`). `" TRANSCRIPT "` is the scripted play above, recorded\n"
    "with `--transcript`: when you change what that play shows, `rekindle test`\n"
    "says which line and shows the diff; `rekindle test --accept tests` takes the\n"
    "new text. Record more plays the same way:\n"
    "\n"
    "    rekindle --transcript tests/another.transcript story.lua\n"
    "\n"
    "The story language, every feature with an example: `docs/authoring.md` in\n"
    "rekindle's source; the command line: `man rekindle`.\n";

/* @LIBRARY@ is the folder of the type definitions, as a JSON string, or
 * nothing when they cannot be found. */
static const char LUARC[] =
    "{\n"
    "  \"runtime.version\": \"Lua 5.4\",\n"
    "  \"runtime.builtin\": { \"io\": \"disable\", \"os\": \"disable\", \"package\": \"disable\", \"debug\": \"disable\" },\n"
    "  \"workspace.library\": [@LIBRARY@]\n"
    "}\n";

/* The source tree's .luacheckrc, made a C string by the build: one copy
 * to keep up to date. */
static const char LUACHECKRC[] =
#include "tools/luacheckrc.inc"
    ;

static int usage(const char *fmt, const char *arg)
{
    fputs("rekindle new: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'rekindle --help' for more information.\n", stderr);
    return EXIT_USAGE;
}

/* A story's id: ASCII lowercase letters, digits and '-' (in any locale),
 * not starting with '-'. */
static bool valid_name(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > NAME_MAX_LEN || name[0] == '-') return false;
    for (const char *p = name; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-')) return false;
    return true;
}

/* A name that would do, made from one that will not: "My Story!" gives
 * "my-story". */
static void suggest_name(const char *name, char *out, size_t size)
{
    size_t n = 0;
    bool dash = false;
    for (const char *p = name; *p && n + 2 < size && n < NAME_MAX_LEN; p++) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80 && isalnum(c)) {
            if (dash && n > 0) out[n++] = '-';
            out[n++] = (char)tolower(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    out[n] = '\0';
    if (n == 0) snprintf(out, size, "my-story");
}

/* "first-light" gives "First Light". */
static void title_of(const char *name, char *out, size_t size)
{
    size_t n = 0;
    bool start = true;
    for (const char *p = name; *p && n + 1 < size; p++) {
        out[n++] = *p == '-' ? ' ' : start ? (char)toupper((unsigned char)*p) : *p;
        start = *p == '-';
    }
    out[n] = '\0';
}

/* Appends s as the inside of a JSON string. */
static void add_json(Buf *b, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') buf_printf(b, "\\%c", c);
        else if (c < 0x20) buf_printf(b, "\\u%04x", c);
        else buf_add(b, s, 1);
    }
}

/* The folder of the type definitions (rekindle.lua) beside the program:
 * in the source tree (docs/meta, from ./rekindle or a build folder) or
 * installed (../share/rekindle/meta); malloc'd, or NULL. */
static char *meta_dir(void)
{
    static const char *const REL[] = {"/docs/meta", "/../docs/meta", "/../share/rekindle/meta"};
    char *exe = disk_exe_dir();
    char *found = NULL;
    for (size_t i = 0; exe && !found && i < sizeof REL / sizeof REL[0]; i++) {
        Buf b = {0};
        buf_printf(&b, "%s%s/rekindle.lua", exe, REL[i]);
        char *file = buf_take(&b);
        if (file && disk_is_file(file)) {
            file[strlen(file) - strlen("/rekindle.lua")] = '\0';
            found = realpath(file, NULL);
        }
        free(file);
    }
    free(exe);
    return found;
}

/* The template with each @WORD@ given its value from words (pairs of
 * "@WORD@" and value, NULL-ended); malloc'd, or NULL when out of memory. */
static char *fill(const char *template, const char *const *words)
{
    Buf b = {0};
    for (const char *p = template; *p;) {
        const char *value = NULL;
        size_t len = 0;
        for (int i = 0; words[i]; i += 2)
            if (strncmp(p, words[i], strlen(words[i])) == 0) value = words[i + 1], len = strlen(words[i]);
        if (value) {
            buf_puts(&b, value);
            p += len;
        } else {
            buf_add(&b, p++, 1);
        }
    }
    return buf_take(&b);
}

/* Writes folder/name from template; false after saying why. */
static bool write_file(const char *folder, const char *name, const char *template, const char *const *words)
{
    Buf b = {0};
    buf_printf(&b, "%s/%s", folder, name);
    char *path = buf_take(&b);
    char *text = fill(template, words);
    char err[512];
    bool ok = path && text && disk_write(path, text, strlen(text), err, sizeof err);
    if (!ok) fprintf(stderr, "rekindle new: %s\n", path && text ? err : "out of memory");
    free(path);
    free(text);
    return ok;
}

/* Records the README's scripted play into folder/TRANSCRIPT by running
 * this rekindle with --transcript, so the transcript is the engine's own
 * and `rekindle test` passes on the story as made. False after saying why. */
static bool record_play(const char *folder)
{
    Buf b = {0};
    buf_printf(&b, "%s/tests", folder);
    char *dir = buf_take(&b);
    buf_printf(&b, "%s/" TRANSCRIPT, folder);
    char *file = buf_take(&b);
    buf_printf(&b, "%s/story.lua", folder);
    char *story = buf_take(&b);
    char *exe = disk_exe();
    char err[512] = "out of memory";
    int in[2] = {-1, -1}, status = -1;
    bool ok = dir && file && story && exe && disk_make_dir(dir, err, sizeof err) && pipe(in) == 0;
    if (ok) {
        (void)fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            int null = open("/dev/null", O_WRONLY);
            if (dup2(in[0], STDIN_FILENO) < 0 || null < 0 || dup2(null, STDOUT_FILENO) < 0 ||
                dup2(null, STDERR_FILENO) < 0)
                _exit(127);
            close(in[1]);
            unsetenv("REKINDLE_DATA"); /* a first play: nothing kept or read */
            char *argv[] = {exe, "--plain", "--seed", PLAY_SEED, "--width", "80", "--transcript", file, story, NULL};
            execv(exe, argv);
            _exit(127);
        }
        close(in[0]);
        if (pid > 0) {
            /* a few bytes: the pipe holds them all before the child reads */
            ok = write(in[1], PLAY_ANSWERS, strlen(PLAY_ANSWERS)) == (ssize_t)strlen(PLAY_ANSWERS);
            close(in[1]);
            while (waitpid(pid, &status, 0) < 0 && errno == EINTR) continue;
            ok = ok && WIFEXITED(status) && WEXITSTATUS(status) == 0 && disk_is_file(file);
            snprintf(err, sizeof err, "recording %s: the play did not finish (status %d)", file,
                     WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
        } else {
            close(in[1]);
            ok = false;
            snprintf(err, sizeof err, "recording %s: %s", file, strerror(errno));
        }
    }
    if (!ok) fprintf(stderr, "rekindle new: %s\n", err);
    free(dir);
    free(file);
    free(story);
    free(exe);
    return ok;
}

int new_story(int argc, char **argv)
{
    if (argc < 2) return usage("%s", "give the name of the folder to make, like: rekindle new my-story");
    if (argv[1][0] == '-' && argv[1][1] != '\0') return usage("unknown option '%s'", argv[1]);
    if (argc > 2) return usage("takes one name, not '%s' as well", argv[2]);
    char folder[4096];
    if (snprintf(folder, sizeof folder, "%s", argv[1]) >= (int)sizeof folder) return usage("%s", "the name is too long");
    for (size_t n = strlen(folder); n > 1 && folder[n - 1] == '/'; n--) folder[n - 1] = '\0';
    const char *slash = strrchr(folder, '/');
    const char *name = slash ? slash + 1 : folder;
    if (!valid_name(name)) {
        char better[NAME_MAX_LEN + 1], msg[256];
        suggest_name(name, better, sizeof better);
        snprintf(msg, sizeof msg, "'%%s' cannot name a story, whose id it becomes: use at most %d lowercase "
                 "letters, digits and '-', like '%s'", NAME_MAX_LEN, better);
        return usage(msg, name);
    }
    char err[512];
    if (!disk_make_dir(folder, err, sizeof err)) {
        if (errno == EEXIST)
            return usage("'%s' is there already: new makes a folder of its own, so give a name not yet taken", folder);
        fprintf(stderr, "rekindle new: %s\n", err);
        return EXIT_STORY_ERROR;
    }
    char title[NAME_MAX_LEN + 1];
    title_of(name, title, sizeof title);
    char *meta = meta_dir();
    Buf lib = {0};
    if (meta) {
        buf_puts(&lib, "\"");
        add_json(&lib, meta);
        buf_puts(&lib, "\"");
    }
    char *library = buf_take(&lib);
    const char *const words[] = {"@ID@", name, "@TITLE@", title, "@LIBRARY@", library ? library : "", NULL};
    const char *const as_is[] = {NULL};
    bool ok = library && write_file(folder, "story.lua", STORY, words) && write_file(folder, "README.md", README, words) &&
              write_file(folder, ".luacheckrc", LUACHECKRC, as_is) && write_file(folder, ".luarc.json", LUARC, words) &&
              record_play(folder);
    if (library == NULL) fputs("rekindle new: out of memory\n", stderr);
    free(library);
    if (!ok) {
        fprintf(stderr, "rekindle new: %s is left as far as it was written\n", folder);
        free(meta);
        return EXIT_STORY_ERROR;
    }
    printf("Made %s/, a story to start from:\n", folder);
    printf("  story.lua     the story: a name, choices with notes, chance, two endings\n");
    printf("  README.md     how to play, check and test it\n");
    printf("  .luacheckrc   what luacheck should know of the story language\n");
    printf("  .luarc.json   what an editor's Lua language server should know\n");
    printf("  tests/        one play recorded, which `rekindle test tests` replays\n");
    printf("Play it with:  rekindle %s\n", folder);
    if (meta == NULL)
        fprintf(stderr, "rekindle new: the editors' definitions (meta/rekindle.lua) are not beside this rekindle, "
                        "so .luarc.json names no library: see 'Editors and linters' in the authoring guide\n");
    free(meta);
    return EXIT_DONE;
}
