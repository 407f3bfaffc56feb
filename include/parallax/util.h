/*
 * util: allocation that never fails, fatal errors, growable buffers and
 * whole-file reading.  Everything else in parallax builds on these.
 */
#ifndef PARALLAX_UTIL_H
#define PARALLAX_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#if defined(__GNUC__) || defined(__clang__)
#define UTIL_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define UTIL_NORETURN __attribute__((noreturn))
#else
#define UTIL_PRINTF(a, b)
#define UTIL_NORETURN
#endif

#define UTIL_NELEM(a) (sizeof (a) / sizeof (a)[0])

/* Called by die() before it prints, to restore the terminal.  NULL: none. */
typedef void (*util_cleanup_fn)(void);
void	util_set_cleanup(util_cleanup_fn fn);

/* Print "parallax: <message>" on stderr, run the cleanup hook, exit 2. */
void	die(const char *fmt, ...) UTIL_PRINTF(1, 2) UTIL_NORETURN;

/* Allocators that never return NULL: they die() instead. */
void	*xmalloc(size_t size);
void	*xcalloc(size_t n, size_t size);
void	*xrealloc(void *p, size_t size);
void	*xreallocarray(void *p, size_t n, size_t size);
char	*xstrdup(const char *s);
char	*xstrndup(const char *s, size_t n);
/* Formatted allocation; the result is the caller's to free. */
char	*xasprintf(const char *fmt, ...) UTIL_PRINTF(1, 2);
char	*xvasprintf(const char *fmt, va_list ap) UTIL_PRINTF(1, 0);

/* A growable byte buffer, always NUL-terminated after buf_init(). */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	buf_init(struct buf *b);
void	buf_fini(struct buf *b);
void	buf_reserve(struct buf *b, size_t extra);
void	buf_add(struct buf *b, const void *data, size_t len);
void	buf_addc(struct buf *b, char c);
void	buf_adds(struct buf *b, const char *s);
void	buf_printf(struct buf *b, const char *fmt, ...) UTIL_PRINTF(2, 3);
/* Hand the data to the caller (who frees it); the buffer is left empty
 * and needs no buf_fini(), though it may be used again. */
char	*buf_detach(struct buf *b, size_t *len);

/*
 * Read a regular file of at most max bytes.  Returns 0 and sets *data
 * (NUL-terminated, caller frees) and *len, or -1 with *cause set (caller
 * frees).  FIFOs, devices and directories are refused without blocking.
 */
/* Call fn(i, arg) for every i from 0 to n - 1, in any order, on up to
 * threads threads (the caller's among them; fewer when they cannot be
 * started), and return when all are done.  The other threads take no
 * signal. */
void	util_parallel(size_t n, size_t threads, void (*fn)(size_t, void *),
	    void *arg);

/* The processors online, at most max (and at least 1). */
size_t	util_processors(size_t max);

/*
 * Reserve bytes of heap (never handed back once freed) and ask the kernel
 * for it in huge pages where they are offered on request (transparent huge
 * pages in "madvise" mode): the many small blocks a cross-reference or an
 * import allocates then cost a page fault every 2 MiB instead of every
 * 4 KiB, which on a virtual machine is most of a small story's time.  A
 * hint only: elsewhere it changes nothing.  Call once, first thing.
 */
void	util_heap_hugepages(size_t bytes);
/* What parallax reserves so. */
#define UTIL_HEAP_HUGE	((size_t)24 << 20)

int	util_read_file(const char *path, size_t max, char **data, size_t *len,
	    char **cause);

/* The last name of a path without its extension (caller frees):
 * "news/Kestrel/quake.txt" -> "quake", ".hidden" stays. */
char	*util_path_stem(const char *path);

/* True when s starts with prefix, ignoring ASCII case. */
bool	util_has_prefix_ci(const char *s, const char *prefix);

/* Create a directory and its parents with the given mode; 0 or -1/errno. */
int	util_mkdirs(const char *path, unsigned mode);

/* A 64-bit FNV-1a hash of len bytes. */
unsigned long long util_hash64(const void *data, size_t len);

#endif
