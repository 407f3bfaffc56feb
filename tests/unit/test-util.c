/* Unit tests of util: buffers, formatting, file reading refusals. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parallax/util.h"

static void
test_util_buf_grows(void **state)
{
	struct buf	 b;
	char		*s;
	size_t		 len;

	(void)state;
	buf_init(&b);
	for (int i = 0; i < 1000; i++)
		buf_addc(&b, (char)('a' + i % 26));
	buf_printf(&b, "%d-%s", 42, "x");
	assert_int_equal(b.len, 1004);
	assert_string_equal(b.data + 1000, "42-x");
	s = buf_detach(&b, &len);
	assert_int_equal(len, 1004);
	assert_null(b.data);
	buf_adds(&b, "again");
	assert_string_equal(b.data, "again");
	buf_fini(&b);
	free(s);
}

static void
test_util_detach_empty(void **state)
{
	struct buf	 b = { 0 };
	char		*s;

	(void)state;
	s = buf_detach(&b, NULL);
	assert_string_equal(s, "");
	free(s);
}

static void
test_util_asprintf(void **state)
{
	char	*s;

	(void)state;
	s = xasprintf("%s:%zu: %s", "file.txt", (size_t)12, "bad");
	assert_string_equal(s, "file.txt:12: bad");
	free(s);
}

static void
test_util_read_file(void **state)
{
	char	 dir[] = "/tmp/parallax-util.XXXXXX", *path, *data, *cause;
	size_t	 len;
	FILE	*f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = xasprintf("%s/a.txt", dir);
	f = fopen(path, "w");
	fputs("hello\n", f);
	fclose(f);
	assert_int_equal(util_read_file(path, 100, &data, &len, &cause), 0);
	assert_int_equal(len, 6);
	assert_string_equal(data, "hello\n");
	free(data);
	assert_int_equal(util_read_file(path, 3, &data, &len, &cause), -1);
	assert_non_null(strstr(cause, "larger than"));
	free(cause);
	assert_int_equal(util_read_file(dir, 100, &data, &len, &cause), -1);
	assert_string_equal(cause, "is a folder");
	free(cause);
	unlink(path);
	free(path);
	path = xasprintf("%s/fifo", dir);
	assert_int_equal(mkfifo(path, 0600), 0);
	assert_int_equal(util_read_file(path, 100, &data, &len, &cause), -1);
	assert_string_equal(cause, "is a FIFO, not a file");
	free(cause);
	unlink(path);
	free(path);
	assert_int_equal(util_read_file("/nonexistent/x", 100, &data, &len,
	    &cause), -1);
	assert_string_equal(cause, "No such file or directory");
	free(cause);
	rmdir(dir);
}

static void
test_util_mkdirs(void **state)
{
	char		 dir[] = "/tmp/parallax-util.XXXXXX", *deep;
	struct stat	 sb;

	(void)state;
	assert_non_null(mkdtemp(dir));
	deep = xasprintf("%s/a/b/c", dir);
	assert_int_equal(util_mkdirs(deep, 0700), 0);
	assert_int_equal(stat(deep, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	assert_int_equal(util_mkdirs(deep, 0700), 0);
	rmdir(deep);
	free(deep);
	deep = xasprintf("%s/a/b", dir);
	rmdir(deep);
	free(deep);
	deep = xasprintf("%s/a", dir);
	rmdir(deep);
	free(deep);
	rmdir(dir);
}

static void
test_util_hash_and_prefix(void **state)
{
	(void)state;
	assert_true(util_hash64("abc", 3) != util_hash64("abd", 3));
	assert_true(util_hash64("", 0) == 0xcbf29ce484222325ULL);
	assert_true(util_has_prefix_ci("Title: x", "title:"));
	assert_false(util_has_prefix_ci("Tit", "title:"));
}

/* util_parallel() calls fn once for every index, whatever the threads. */
static void
count_index(size_t i, void *arg)
{
	_Atomic unsigned *seen = arg;

	seen[i]++;
}

static void
test_util_parallel(void **state)
{
	static _Atomic unsigned	seen[5000];
	size_t			n, threads, i;

	(void)state;
	for (threads = 1; threads <= 5; threads += 2) {
		for (n = 0; n <= 5000; n += 2500) {
			for (i = 0; i < 5000; i++)
				seen[i] = 0;
			util_parallel(n, threads, count_index, seen);
			for (i = 0; i < 5000; i++)
				assert_int_equal(seen[i], i < n ? 1 : 0);
		}
	}
	assert_true(util_processors(4) >= 1);
	assert_true(util_processors(4) <= 4);
	assert_int_equal(util_processors(1), 1);
}

static void
test_util_path_stem(void **state)
{
	static const char *const cases[][2] = {
		{ "news/Kestrel/quake.txt", "quake" }, { "quake", "quake" },
		{ "a.b/c", "c" }, { "dir/.hidden", ".hidden" },
		{ "page.tar.gz", "page.tar" }, { "/", "" }
	};
	char	*s;

	(void)state;
	for (size_t i = 0; i < UTIL_NELEM(cases); i++) {
		s = util_path_stem(cases[i][0]);
		assert_string_equal(s, cases[i][1]);
		free(s);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_util_buf_grows),
		cmocka_unit_test(test_util_detach_empty),
		cmocka_unit_test(test_util_asprintf),
		cmocka_unit_test(test_util_read_file),
		cmocka_unit_test(test_util_mkdirs),
		cmocka_unit_test(test_util_hash_and_prefix),
		cmocka_unit_test(test_util_path_stem),
		cmocka_unit_test(test_util_parallel),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
