// A minimal HTTP POST over libcurl, loaded with dlopen on first use: kx's start-up does not pay
// for libcurl and its TLS libraries, and a machine without libcurl runs kx, failing only --endpoint.
// The option numbers are libcurl's stable ABI (curl.h, unchanged since 7.x).
#include "CCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef void CURL;
struct curl_slist;
typedef long long curl_off_t;

enum {
    OPT_WRITEDATA = 10001, OPT_URL = 10002, OPT_ERRORBUFFER = 10010, OPT_WRITEFUNCTION = 20011,
    OPT_POSTFIELDS = 10015, OPT_USERAGENT = 10018, OPT_HTTPHEADER = 10023, OPT_NOPROGRESS = 43,
    OPT_POST = 47, OPT_NETRC = 51, OPT_FOLLOWLOCATION = 52, OPT_XFERINFODATA = 10057, OPT_MAXREDIRS = 68,
    OPT_NOSIGNAL = 99, OPT_ACCEPT_ENCODING = 10102, OPT_NETRC_FILE = 10118, OPT_POSTFIELDSIZE_LARGE = 30120,
    OPT_TIMEOUT_MS = 155, OPT_CONNECTTIMEOUT_MS = 156, OPT_USERNAME = 10173, OPT_PASSWORD = 10174,
    OPT_PROTOCOLS = 181, OPT_REDIR_PROTOCOLS = 182, OPT_XFERINFOFUNCTION = 20219,
    INFO_RESPONSE_CODE = 0x200000 + 2, INFO_CONTENT_TYPE = 0x100000 + 18,
    E_OK = 0, E_OPERATION_TIMEDOUT = 28, E_ABORTED_BY_CALLBACK = 42,
    PROTO_HTTP_HTTPS = 3, NETRC_OPTIONAL = 1, GLOBAL_ALL = 3,
};

static struct {
    int (*global_init)(long);
    CURL *(*easy_init)(void);
    int (*easy_setopt)(CURL *, int, ...);
    int (*easy_perform)(CURL *);
    int (*easy_getinfo)(CURL *, int, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(int);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    int loaded;
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void load(void) {
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so"};
    void *library = NULL;
    for (size_t index = 0; index < sizeof names / sizeof *names && library == NULL; index++) {
        library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) return;
    *(void **)&curl.global_init = dlsym(library, "curl_global_init");
    *(void **)&curl.easy_init = dlsym(library, "curl_easy_init");
    *(void **)&curl.easy_setopt = dlsym(library, "curl_easy_setopt");
    *(void **)&curl.easy_perform = dlsym(library, "curl_easy_perform");
    *(void **)&curl.easy_getinfo = dlsym(library, "curl_easy_getinfo");
    *(void **)&curl.easy_cleanup = dlsym(library, "curl_easy_cleanup");
    *(void **)&curl.easy_strerror = dlsym(library, "curl_easy_strerror");
    *(void **)&curl.slist_append = dlsym(library, "curl_slist_append");
    *(void **)&curl.slist_free_all = dlsym(library, "curl_slist_free_all");
    if (!curl.global_init || !curl.easy_init || !curl.easy_setopt || !curl.easy_perform || !curl.easy_getinfo ||
        !curl.easy_cleanup || !curl.easy_strerror || !curl.slist_append || !curl.slist_free_all) return;
    if (curl.global_init(GLOBAL_ALL) != E_OK) return;
    curl.loaded = 1;
}

typedef struct {
    kx_http_response *response;
    size_t capacity;
    size_t limit;
    int too_large;
    kx_http_should_stop should_stop;
    void *context;
} transfer;

static size_t receive(char *data, size_t size, size_t count, void *user) {
    transfer *state = user;
    size_t length = size * count;
    kx_http_response *response = state->response;
    if (length > state->limit - response->body_length) {
        state->too_large = 1;
        return 0;
    }
    if (response->body_length + length + 1 > state->capacity) {
        size_t capacity = state->capacity ? state->capacity : 16384;
        while (capacity < response->body_length + length + 1) capacity *= 2;
        char *grown = realloc(response->body, capacity);
        if (grown == NULL) {
            state->too_large = 1;
            return 0;
        }
        response->body = grown;
        state->capacity = capacity;
    }
    memcpy(response->body + response->body_length, data, length);
    response->body_length += length;
    response->body[response->body_length] = '\0';
    return length;
}

static int progress(void *user, curl_off_t down_total, curl_off_t down_now, curl_off_t up_total, curl_off_t up_now) {
    (void)down_total; (void)down_now; (void)up_total; (void)up_now;
    transfer *state = user;
    return state->should_stop != NULL && state->should_stop(state->context) ? 1 : 0;
}

static void fail(kx_http_response *response, int failure, const char *message) {
    response->failure = failure;
    strncpy(response->message, message, sizeof response->message - 1);
    response->message[sizeof response->message - 1] = '\0';
}

void kx_http_post(const char *url, const char *body, size_t body_length,
                  const char *const *headers, size_t header_count,
                  const char *user, const char *password, const char *netrc_file,
                  long timeout_ms, size_t max_bytes,
                  kx_http_should_stop should_stop, void *context,
                  kx_http_response *response) {
    memset(response, 0, sizeof *response);
    pthread_once(&load_once, load);
    if (!curl.loaded) {
        fail(response, KX_HTTP_NO_LIBRARY, "libcurl (libcurl.so.4) could not be loaded");
        return;
    }
    CURL *handle = curl.easy_init();
    if (handle == NULL) {
        fail(response, KX_HTTP_TRANSPORT, "libcurl could not start a transfer");
        return;
    }
    struct curl_slist *list = NULL;
    for (size_t index = 0; index < header_count; index++) {
        struct curl_slist *appended = curl.slist_append(list, headers[index]);
        if (appended == NULL) break;
        list = appended;
    }
    char error[256] = "";
    transfer state = {response, 0, max_bytes, 0, should_stop, context};
    curl.easy_setopt(handle, OPT_URL, url);
    curl.easy_setopt(handle, OPT_PROTOCOLS, (long)PROTO_HTTP_HTTPS);
    curl.easy_setopt(handle, OPT_REDIR_PROTOCOLS, (long)PROTO_HTTP_HTTPS);
    curl.easy_setopt(handle, OPT_FOLLOWLOCATION, 1L);
    curl.easy_setopt(handle, OPT_MAXREDIRS, 5L);
    curl.easy_setopt(handle, OPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, OPT_ERRORBUFFER, error);
    curl.easy_setopt(handle, OPT_USERAGENT, "kx");
    curl.easy_setopt(handle, OPT_ACCEPT_ENCODING, "");
    curl.easy_setopt(handle, OPT_POST, 1L);
    curl.easy_setopt(handle, OPT_POSTFIELDS, body);
    curl.easy_setopt(handle, OPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_length);
    curl.easy_setopt(handle, OPT_HTTPHEADER, list);
    curl.easy_setopt(handle, OPT_TIMEOUT_MS, timeout_ms);
    curl.easy_setopt(handle, OPT_CONNECTTIMEOUT_MS, timeout_ms);
    curl.easy_setopt(handle, OPT_WRITEFUNCTION, receive);
    curl.easy_setopt(handle, OPT_WRITEDATA, &state);
    curl.easy_setopt(handle, OPT_NOPROGRESS, 0L);
    curl.easy_setopt(handle, OPT_XFERINFOFUNCTION, progress);
    curl.easy_setopt(handle, OPT_XFERINFODATA, &state);
    if (user != NULL && password != NULL) {
        curl.easy_setopt(handle, OPT_USERNAME, user);
        curl.easy_setopt(handle, OPT_PASSWORD, password);
    } else {
        curl.easy_setopt(handle, OPT_NETRC, (long)NETRC_OPTIONAL);
        if (netrc_file != NULL) curl.easy_setopt(handle, OPT_NETRC_FILE, netrc_file);
    }
    int code = curl.easy_perform(handle);
    if (code == E_OK) {
        curl.easy_getinfo(handle, INFO_RESPONSE_CODE, &response->status);
        char *type = NULL;
        if (curl.easy_getinfo(handle, INFO_CONTENT_TYPE, &type) == E_OK && type != NULL) {
            strncpy(response->content_type, type, sizeof response->content_type - 1);
        }
    } else if (state.too_large) {
        fail(response, KX_HTTP_TOO_LARGE, "the response is larger than the limit");
    } else if (code == E_ABORTED_BY_CALLBACK) {
        fail(response, KX_HTTP_CANCELLED, "interrupted");
    } else if (code == E_OPERATION_TIMEDOUT) {
        fail(response, KX_HTTP_TIMEOUT, error[0] ? error : curl.easy_strerror(code));
    } else {
        fail(response, KX_HTTP_TRANSPORT, error[0] ? error : curl.easy_strerror(code));
    }
    curl.easy_cleanup(handle);
    curl.slist_free_all(list);
}

void kx_http_free(kx_http_response *response) {
    free(response->body);
    response->body = NULL;
    response->body_length = 0;
}
