/*
 * runstat: run a command and report its wall time, peak resident memory
 * and processor time (user and system) on stderr as "wall=SECONDS
 * maxrss=KIB cpu=SECONDS".  Used by make bench so that every figure comes
 * from the same clock, with no timed tests; on a busy machine the
 * processor time is the steadier figure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	struct timespec	t0, t1;
	struct rusage	ru;
	pid_t		pid;
	int		status;

	if (argc < 2) {
		fprintf(stderr, "usage: runstat COMMAND [ARGS]\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) == -1) {
		perror("fork");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		perror(argv[1]);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) == -1) {
		perror("wait4");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	fprintf(stderr, "wall=%.3f maxrss=%ld cpu=%.3f\n",
	    (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, ru.ru_maxrss,
	    (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
	    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 2;
}
