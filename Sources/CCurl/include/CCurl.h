#ifndef KX_CCURL_H
#define KX_CCURL_H

#include <stddef.h>

/// One HTTP response, or why there is none. `body` is malloc'ed; free it with kx_http_free.
typedef struct {
    /// KX_HTTP_OK when the exchange happened (whatever the HTTP status), else why not.
    int failure;
    long status;
    char *body;
    size_t body_length;
    /// The Content-Type header, empty when the server sent none.
    char content_type[256];
    /// libcurl's words for a failure.
    char message[256];
} kx_http_response;

/// Why a request has no response (`failure`).
#define KX_HTTP_OK 0
/// libcurl (libcurl.so.4) could not be loaded.
#define KX_HTTP_NO_LIBRARY 1
/// The connection was refused, the host not found, or the transfer broke.
#define KX_HTTP_TRANSPORT 2
#define KX_HTTP_TIMEOUT 3
/// The response was larger than the limit.
#define KX_HTTP_TOO_LARGE 4
/// should_stop answered true.
#define KX_HTTP_CANCELLED 5

/// Asked now and then during a transfer; a nonzero answer stops it.
typedef int (*kx_http_should_stop)(void *context);

/// POSTs `body` to `url` (http or https only; no redirects to other protocols) with the given
/// header lines, waiting at most `timeout_ms` in all, keeping at most `max_bytes` of the response.
/// Credentials: `user`/`password` when not NULL, else the netrc file `netrc_file` (or ~/.netrc)
/// when it has the host. libcurl is loaded on first use, so programs that never call this do
/// not load it.
void kx_http_post(const char *url, const char *body, size_t body_length,
                  const char *const *headers, size_t header_count,
                  const char *user, const char *password, const char *netrc_file,
                  long timeout_ms, size_t max_bytes,
                  kx_http_should_stop should_stop, void *context,
                  kx_http_response *response);

/// Frees a response's body.
void kx_http_free(kx_http_response *response);

#endif
