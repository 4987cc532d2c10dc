#!/bin/sh
# The polyglot variant's own step, run as root inside `docker build` after the default setup.
# Nothing here reaches a network: every toolchain and library came from Debian's packages.
set -eu

# Cargo reads /.cargo/config.toml from any working directory below /: crates.io is replaced
# by the crates Debian ships, and cargo never goes online.
mkdir -p /.cargo
cat >/.cargo/config.toml <<'TOML'
[source.crates-io]
replace-with = "debian-packages"

[source.debian-packages]
directory = "/usr/share/cargo/registry"

[net]
offline = true
TOML

# Each toolchain answers, and the jars the Java tests compile and run against are there.
g++ --version >/dev/null
cmake --version >/dev/null
go version
javac -version
rustc --version
cargo --version
node --version
for jar in junit-platform-console-standalone junit-jupiter-api junit-jupiter-params assertj-core; do
    test -f "/usr/share/java/$jar.jar"
done
