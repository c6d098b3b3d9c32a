#!/usr/bin/perl
# tests/shared_prose.pl FILE... - prints every run of eight words that
# stands in the prose (the strings) of two or more of the story files, with
# the files; exits 1 if there is any. Words are compared in lower case,
# without punctuation, so a comma or a capital does not hide a copy.
use strict;
use warnings;

my $RUN = 8;
my %where;    # run of words => { file => 1 }

# The string literals of Lua source: "..." and '...' with escapes, and long
# strings [[...]] / [==[...]==]; comments are skipped.
sub strings {
    my ($src) = @_;
    my @out;
    while ($src =~ /\G.*?(--\[(=*)\[.*?\]\2\]|--[^\n]*|\[(=*)\[(.*?)\]\3\]|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')/gs) {
        if (defined $4) { push @out, $4 }
        elsif (defined $5) { push @out, $5 }
        elsif (defined $6) { push @out, $6 }
    }
    return @out;
}

for my $file (@ARGV) {
    open my $fh, '<', $file or die "$file: $!\n";
    my $src = do { local $/; <$fh> };
    close $fh;
    (my $name = $file) =~ s{.*/}{};
    for my $s (strings($src)) {
        my @w = map { lc } ($s =~ /[A-Za-z0-9']+/g);
        for my $i (0 .. $#w - $RUN + 1) {
            $where{ join ' ', @w[$i .. $i + $RUN - 1] }{$name} = 1;
        }
    }
}

my $found = 0;
for my $run (sort keys %where) {
    my @files = sort keys %{ $where{$run} };
    next if @files < 2;
    print "\"$run\" in ", join(' and ', @files), "\n";
    $found = 1;
}
exit $found;
