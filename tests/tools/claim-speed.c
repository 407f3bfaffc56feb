/*
 * claim-speed: how long claim_extract() and claim_features_encode() take
 * on a news body of about 3 KB, what import does for every article.
 * Prints "claim-speed: N bodies of B bytes, X us per body (…)" on stdout.
 *	claim-speed [ITERATIONS [FILE...]]
 * Each FILE is one body; the bodies are cut in turn, ITERATIONS rounds.
 * Without FILE it uses a fictional body written for this tool.  The
 * first round over distinct bodies shows the cost with a cold word cache.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parallax/claim.h"
#include "parallax/util.h"

/* Invented news, about 3 KB: quotes, figures, names, dates. */
static const char *const speed_body[] = {
	"Flood barriers along the river Tamsel in the town of Orrin gave way "
	"early on Friday, forcing some 3,500 residents to leave their homes "
	"before dawn, the regional council said.",
	"\"We had perhaps twenty minutes of warning, and that is what saved "
	"lives,\" said Councillor Maren Loft, who leads the council's "
	"emergency committee.",
	"The water rose by more than 1.8 metres in under an hour, according "
	"to the river authority, which said the barriers had been inspected "
	"in September.",
	"No deaths have been reported, but 14 people were treated in hospital "
	"for hypothermia and minor injuries.",
	"The national government has released $12 million in emergency "
	"funds, and soldiers are filling sandbags in the lower districts of "
	"Orrin and the neighbouring village of Callow Ford.",
	"Residents described a roar as the first section of the barrier "
	"collapsed shortly after 4 a.m. on Friday, 7 November.",
	"\"The barrier was built to hold back a flood of this size, and it "
	"did not,\" said Tobias Renner, an engineer who advised the council "
	"on the original design in 2011.",
	"He said the cost of repairs could reach 40 per cent of the council's "
	"annual budget for public works.",
	"Schools in Orrin will stay closed until Wednesday, and the railway "
	"line to Hallam has been suspended while crews check two bridges.",
	"Insurers estimate the damage at between $30 million and $45 million, "
	"though they warned that the figure could rise once the water "
	"recedes.",
	"The river authority said rain over the past week was nearly twice "
	"the average for November, and more rain is forecast for Sunday.",
	"Volunteers from across the province arrived by bus on Friday "
	"afternoon, bringing food, blankets and drinking water to the 12 "
	"shelters the council opened in sports halls and churches.",
	"\"Nobody should try to return home until the engineers say it is "
	"safe,\" Ms Loft told reporters at a briefing in the town hall.",
	"The last comparable flood in Orrin, in 1987, destroyed about 200 "
	"homes and led to the building of the barrier.",
	"Opposition politicians called for an inquiry into why the "
	"inspection in September found no weakness, and the environment "
	"minister, Ilse Varga, said one would be opened next week.",
	"Power was cut to about 6,000 homes overnight, and the grid operator "
	"said most of them should be reconnected by Saturday evening.",
	"Farmers upstream said they had lost hundreds of sheep, and the "
	"agriculture ministry promised compensation within three months.",
	"The council's leader, Anders Holm, said the town would need "
	"outside help to rebuild the barrier before the spring thaw, when "
	"the river usually reaches its highest level.",
	"Engineers from the national water agency were due to arrive on "
	"Saturday morning to assess the damage and decide whether a "
	"temporary wall of steel sheets could be put up within a month.",
	"Local shops that escaped the flooding stayed open late into the "
	"night, selling torches, batteries and boots to residents who had "
	"lost power, and a bakery on the high street gave away bread."
};

static double
speed_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *
speed_read(const char *path, size_t *len)
{
	struct buf	 b;
	FILE		*f;
	char		 tmp[4096];
	size_t		 n;

	if ((f = fopen(path, "r")) == NULL) {
		perror(path);
		exit(2);
	}
	buf_init(&b);
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_add(&b, tmp, n);
	fclose(f);
	return buf_detach(&b, len);
}

int
main(int argc, char **argv)
{
	struct claim_list	 l;
	struct buf		 b;
	char			**body, *enc;
	size_t			*len, nbody, i, k, r, n = 200, bytes = 0;
	size_t			 total = 0, cuts = 0;
	double			 t0, t1;

	if (argc > 1)
		n = strtoul(argv[1], NULL, 10);
	nbody = argc > 2 ? (size_t)argc - 2 : 1;
	body = xcalloc(nbody, sizeof *body);
	len = xcalloc(nbody, sizeof *len);
	if (argc > 2) {
		for (i = 0; i < nbody; i++)
			body[i] = speed_read(argv[i + 2], &len[i]);
	} else {
		buf_init(&b);
		for (i = 0; i < UTIL_NELEM(speed_body); i++)
			buf_printf(&b, "%s%s", i == 0 ? "" :
			    (i % 3 == 0 ? "\n\n" : " "), speed_body[i]);
		body[0] = buf_detach(&b, &len[0]);
	}
	t0 = speed_now();
	for (r = 0; r < n; r++) {
		for (i = 0; i < nbody; i++) {
			claim_extract(body[i], len[i], &l);
			for (k = 0; k < l.nclaims; k++) {
				enc = claim_features_encode(&l.claims[k]);
				bytes += strlen(enc);
				free(enc);
			}
			claim_list_fini(&l);
			total += len[i];
			cuts++;
		}
	}
	t1 = speed_now();
	printf("claim-speed: %zu bodies of %zu bytes on average, %.1f us "
	    "per body (%.0f KB/s, %zu encoded bytes per body)\n", cuts,
	    cuts > 0 ? total / cuts : 0,
	    1e6 * (t1 - t0) / (double)(cuts > 0 ? cuts : 1),
	    (double)total / 1024 / (t1 - t0 > 0 ? t1 - t0 : 1),
	    cuts > 0 ? bytes / cuts : 0);
	for (i = 0; i < nbody; i++)
		free(body[i]);
	free(body);
	free(len);
	return 0;
}
