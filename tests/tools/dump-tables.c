/*
 * dump-tables: print the names the configuration accepts, one per line,
 * so that tests can check the manual against the program:
 *   action NAME      every action of ACTION_LIST
 *   view NAME        every view a binding can belong to
 *   option NAME      every option of `set`
 *   element NAME     every theme element
 *   key VIEW KEY ACTION   every default binding
 */
#include <stdio.h>

#include "parallax/config.h"
#include "parallax/keys.h"
#include "parallax/theme.h"

int
main(void)
{
	const struct keys_binding	*b;
	struct keys			*keys;
	char				 name[KEYS_NAME_MAX];
	size_t				 i, n;
	int				 v;

	for (i = 1; i < ACTION__MAX; i++)
		printf("action %s\n", keys_action_name((enum action)i));
	for (i = 0; i < KEYS_VIEW__MAX; i++)
		printf("view %s\n", keys_view_name((enum keys_view)i));
	for (i = 0; i < CFG_OPTION__MAX; i++)
		printf("option %s\n", cfg_option_name((enum cfg_option)i));
	for (i = 0; i < THEME__MAX; i++)
		printf("element %s\n",
		    theme_element_name((enum theme_element)i));
	keys = keys_create();
	for (v = 0; v < KEYS_VIEW__MAX; v++) {
		n = keys_bindings(keys, (enum keys_view)v, &b);
		for (i = 0; i < n; i++)
			printf("key %s %s %s\n",
			    keys_view_name((enum keys_view)v),
			    keys_key_name(b[i].key, name),
			    keys_action_name(b[i].action));
	}
	keys_free(keys);
	return 0;
}
