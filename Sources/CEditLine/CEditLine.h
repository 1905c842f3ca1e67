#ifndef CEDITLINE_H
#define CEDITLINE_H

/*
 * Non-variadic wrappers around libedit's variadic el_set/el_get/history
 * calls, which Swift cannot call directly. Only the operations LineEditor
 * needs are wrapped. History uses the wide-character API so entries never
 * depend on the C locale's multibyte conversion.
 */

#include <errno.h>
#include <histedit.h>
#include <limits.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
#include <wchar.h>

/* The C standard streams, as functions: Swift 6 refuses to read the mutable globals stdin,
 * stdout and stderr, which are never reassigned. libedit and kx's output share these streams,
 * so what each writes stays in order. */
static inline FILE *kx_standard_input(void) { return stdin; }
static inline FILE *kx_standard_output(void) { return stdout; }
static inline FILE *kx_standard_error(void) { return stderr; }

/* A prompt callback for EL_PROMPT_ESC through el_wset. */
typedef wchar_t *(*kx_el_prompt_fn)(EditLine *);

/* A user-defined editor function (EL_ADDFN); returns one of the CC_* codes. */
typedef unsigned char (*kx_el_func_t)(EditLine *, int);

static inline int kx_el_set_editor(EditLine *e, const char *mode) {
    return el_set(e, EL_EDITOR, mode);
}

static inline int kx_el_set_signal(EditLine *e, int handle) {
    return el_set(e, EL_SIGNAL, handle);
}

/* Puts the terminal in libedit's edit (raw) mode now (1) or back to normal (0). */
static inline int kx_el_prepare_terminal(EditLine *e, int raw) {
    return el_set(e, EL_PREP_TERM, raw);
}

static inline int kx_el_set_prompt_esc(EditLine *e, kx_el_prompt_fn fn, wchar_t ignore) {
    return el_wset(e, EL_PROMPT_ESC, fn, (int)ignore);
}

static inline int kx_el_set_history(EditLine *e, HistoryW *h) {
    return el_wset(e, EL_HIST, history_w, h);
}

static inline int kx_el_set_clientdata(EditLine *e, void *data) {
    return el_set(e, EL_CLIENTDATA, data);
}

static inline void *kx_el_get_clientdata(EditLine *e) {
    void *data = NULL;
    if (el_get(e, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

static inline int kx_el_add_function(EditLine *e, const char *name, const char *help, kx_el_func_t fn) {
    return el_set(e, EL_ADDFN, name, help, fn);
}

static inline int kx_el_bind(EditLine *e, const char *key, const char *command) {
    return el_set(e, EL_BIND, key, command, (const char *)NULL);
}

/* Terminal width in columns as libedit sees it, or 0 when unknown. */
static inline int kx_el_columns(EditLine *e) {
    int columns = 0;
    if (el_get(e, EL_GETTC, "co", &columns, (void *)NULL) != 0) {
        return 0;
    }
    return columns;
}

/* Terminal height in lines as libedit sees it, or 0 when unknown. */
static inline int kx_el_lines(EditLine *e) {
    int lines = 0;
    if (el_get(e, EL_GETTC, "li", &lines, (void *)NULL) != 0) {
        return 0;
    }
    return lines;
}

/* wcwidth is only declared by glibc under _XOPEN_SOURCE, which Swift's Glibc
 * module does not define; libedit itself measures characters with it. */
int wcwidth(wchar_t c);

/* Columns libedit gives a character: 0, 1 or 2, or -1 when not printable. */
static inline int kx_wcwidth(wchar_t c) {
    return wcwidth(c);
}

/* A read function for EL_GETCFN. */
typedef int (*kx_el_read_fn)(EditLine *, wchar_t *);

static inline int kx_el_set_read_function(EditLine *e, kx_el_read_fn fn) {
    return el_wset(e, EL_GETCFN, fn);
}

/*
 * Reads one character from fd as libedit's own reader does (UTF-8, invalid bytes skipped), but
 * never starts waiting once `interrupted()` is true: SIGINT stays blocked except inside pselect,
 * so a SIGINT that lands between two reads is seen before the next wait instead of after the
 * next key. Returns 1 and the character, 0 at end of input, or -1 with errno (EINTR when
 * interrupted). Other signals that cut the wait short (SIGWINCH) resize the editor and it waits on.
 */
static inline int kx_read_character(EditLine *e, int fd, wchar_t *out, int (*interrupted)(void)) {
    sigset_t sigint, previous, waiting;
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    int result = -1;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    pthread_sigmask(SIG_BLOCK, &sigint, &previous);
    waiting = previous;
    sigdelset(&waiting, SIGINT);
    for (;;) {
        fd_set readable;
        mbstate_t state;
        ssize_t got;
        size_t decoded;
        if (interrupted()) {
            errno = EINTR;
            break;
        }
        FD_ZERO(&readable);
        FD_SET(fd, &readable);
        if (pselect(fd + 1, &readable, NULL, NULL, NULL, &waiting) < 0) {
            if (errno != EINTR) {
                break;
            }
            el_resize(e);
            continue;
        }
        got = read(fd, bytes + count, 1);
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN) {
                continue;
            }
            break;
        }
        if (got == 0) {
            *out = L'\0';
            result = 0;
            break;
        }
        count += 1;
        memset(&state, 0, sizeof state);
        decoded = mbrtowc(out, bytes, count, &state);
        if (decoded == (size_t)-2 && count < MB_LEN_MAX) {
            continue;
        }
        if (decoded == (size_t)-1 || decoded == (size_t)-2) {
            count = 0;
            continue;
        }
        result = 1;
        break;
    }
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    return result;
}

static inline int kx_history_set_size(HistoryW *h, int size) {
    HistEventW ev;
    return history_w(h, &ev, H_SETSIZE, size);
}

static inline int kx_history_set_unique(HistoryW *h, int unique) {
    HistEventW ev;
    return history_w(h, &ev, H_SETUNIQUE, unique);
}

static inline int kx_history_enter(HistoryW *h, const wchar_t *entry) {
    HistEventW ev;
    return history_w(h, &ev, H_ENTER, entry);
}

#endif
