/*
 * util: allocators that die rather than return NULL, growable buffers and
 * careful file reading.  Holds no state beyond the die() cleanup hook and
 * knows nothing of articles, the store or the terminal.
 */
#include "parallax/util.h"

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static util_cleanup_fn util_cleanup;

void
util_set_cleanup(util_cleanup_fn fn)
{
	util_cleanup = fn;
}

void
die(const char *fmt, ...)
{
	va_list	ap;

	if (util_cleanup != NULL)
		util_cleanup();
	fputs("parallax: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

void *
xmalloc(size_t size)
{
	void	*p;

	if (size == 0)
		size = 1;
	if ((p = malloc(size)) == NULL)
		die("out of memory (%zu bytes)", size);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void	*p;

	if (n == 0 || size == 0)
		n = size = 1;
	if ((p = calloc(n, size)) == NULL)
		die("out of memory (%zu x %zu bytes)", n, size);
	return p;
}

void *
xrealloc(void *p, size_t size)
{
	return xreallocarray(p, 1, size);
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	void	*q;

	if (size != 0 && n > SIZE_MAX / size)
		die("allocation overflow (%zu x %zu bytes)", n, size);
	if (n * size == 0)
		n = size = 1;
	if ((q = realloc(p, n * size)) == NULL)
		die("out of memory (%zu x %zu bytes)", n, size);
	return q;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p;
	size_t	 len;

	len = strnlen(s, n);
	p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list	 aq;
	int	 n;
	char	*p;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		die("bad format string");
	p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

void
buf_init(struct buf *b)
{
	b->cap = 64;
	b->len = 0;
	b->data = xmalloc(b->cap);
	b->data[0] = '\0';
}

void
buf_fini(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

void
buf_reserve(struct buf *b, size_t extra)
{
	size_t	need;

	if (extra > SIZE_MAX - b->len - 1)
		die("buffer overflow");
	need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 64;
	while (b->cap < need)
		b->cap = b->cap > SIZE_MAX / 2 ? need : b->cap * 2;
	b->data = xrealloc(b->data, b->cap);
}

void
buf_add(struct buf *b, const void *data, size_t len)
{
	if (len == 0)
		return;
	buf_reserve(b, len);
	memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	buf_adds(b, s);
	free(s);
}

char *
buf_detach(struct buf *b, size_t *len)
{
	char	*p = b->data;

	if (p == NULL)
		p = xstrdup("");
	if (len != NULL)
		*len = b->len;
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

char *
util_path_stem(const char *path)
{
	const char	*slash = strrchr(path, '/');
	char		*base, *dot;

	base = xstrdup(slash != NULL ? slash + 1 : path);
	if ((dot = strrchr(base, '.')) != NULL && dot != base)
		*dot = '\0';
	return base;
}

int
util_read_file(const char *path, size_t max, char **data, size_t *len,
    char **cause)
{
	struct stat	 st;
	struct buf	 b;
	ssize_t		 n;
	int		 fd;

	/* O_NONBLOCK so that opening a FIFO never waits for a writer. */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd == -1) {
		*cause = xasprintf("%s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1) {
		*cause = xasprintf("%s", strerror(errno));
		close(fd);
		return -1;
	}
	if (S_ISDIR(st.st_mode) || !S_ISREG(st.st_mode)) {
		*cause = xstrdup(S_ISDIR(st.st_mode) ? "is a folder" :
		    S_ISFIFO(st.st_mode) ? "is a FIFO, not a file" :
		    "is a device or socket, not a file");
		close(fd);
		return -1;
	}
	if ((unsigned long long)st.st_size > max) {
		*cause = xasprintf("file is larger than %zu MiB", max >> 20);
		close(fd);
		return -1;
	}
	buf_init(&b);
	buf_reserve(&b, (size_t)st.st_size);
	for (;;) {
		buf_reserve(&b, 65536);
		n = read(fd, b.data + b.len, 65536);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			*cause = xasprintf("%s", strerror(errno));
			buf_fini(&b);
			close(fd);
			return -1;
		}
		if (n == 0)
			break;
		b.len += (size_t)n;
		if (b.len > max) {
			*cause = xasprintf("file is larger than %zu MiB",
			    max >> 20);
			buf_fini(&b);
			close(fd);
			return -1;
		}
	}
	b.data[b.len] = '\0';
	close(fd);
	*data = buf_detach(&b, len);
	return 0;
}

bool
util_has_prefix_ci(const char *s, const char *prefix)
{
	return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

int
util_mkdirs(const char *path, unsigned mode)
{
	char	*p, *s;
	int	 rc = 0;

	p = xstrdup(path);
	for (s = p + 1; rc == 0; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, (mode_t)mode) == -1 && errno != EEXIST)
			rc = -1;
		*s = c;
		if (c == '\0')
			break;
	}
	free(p);
	return rc;
}

unsigned long long
util_hash64(const void *data, size_t len)
{
	const unsigned char	*p = data;
	unsigned long long	 h = 0xcbf29ce484222325ULL;

	while (len-- > 0) {
		h ^= *p++;
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* ---- running in parallel ---- */

struct util_par {
	atomic_size_t	  next;
	size_t		  n;
	void		(*fn)(size_t, void *);
	void		 *arg;
};

static void *
util_par_run(void *arg)
{
	struct util_par	*p = arg;
	size_t		 i;

	while ((i = atomic_fetch_add(&p->next, 1)) < p->n)
		p->fn(i, p->arg);
	return NULL;
}

void
util_parallel(size_t n, size_t threads, void (*fn)(size_t, void *),
    void *arg)
{
	struct util_par	 p;
	pthread_t	*tid;
	sigset_t	 all, old;
	size_t		 k, started = 0;

	p.n = n;
	p.fn = fn;
	p.arg = arg;
	atomic_init(&p.next, 0);
	if (threads > n)
		threads = n;
	tid = xcalloc(threads + 1, sizeof *tid);
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	for (k = 1; k < threads; k++) {
		if (pthread_create(&tid[started], NULL, util_par_run, &p) != 0)
			break;
		started++;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	util_par_run(&p);
	for (k = 0; k < started; k++)
		pthread_join(tid[k], NULL);
	free(tid);
}

void
util_heap_hugepages(size_t bytes)
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
	const uintptr_t	 huge = (uintptr_t)2 << 20;
	uintptr_t	 lo, hi;
	char		*p;

	/* Keep the block in the heap (not a mapping of its own) and keep
	 * the heap once freed, up to twice the block. */
	if (mallopt(M_MMAP_THRESHOLD, (int)(bytes + (1 << 20))) != 1 ||
	    mallopt(M_TRIM_THRESHOLD, (int)(2 * bytes)) != 1 ||
	    (p = malloc(bytes)) == NULL)
		return;
	lo = ((uintptr_t)p + huge - 1) & ~(huge - 1);
	hi = ((uintptr_t)p + bytes) & ~(huge - 1);
	/* A hint: where huge pages are not offered it changes nothing. */
	if (hi > lo)
		(void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
	free(p);
#else
	(void)bytes;
#endif
}

size_t
util_processors(size_t max)
{
	long	n = sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 1)
		return 1;
	return (size_t)n > max ? max : (size_t)n;
}
