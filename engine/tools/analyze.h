/* analyze.h - the writers' tools on the command line: check, randomtest,
 * quicktest, map, stats, test. Each takes the arguments after its name. */
#ifndef REKINDLE_ANALYZE_H
#define REKINDLE_ANALYZE_H

#include "core/sandbox.h"

int analyze_check(int argc, char **argv, const SandboxLimits *limits);
int analyze_randomtest(int argc, char **argv, const SandboxLimits *limits);
int analyze_quicktest(int argc, char **argv, const SandboxLimits *limits);
int analyze_map(int argc, char **argv, const SandboxLimits *limits);
int analyze_stats(int argc, char **argv, const SandboxLimits *limits);
int analyze_test(int argc, char **argv, const SandboxLimits *limits);

#endif
