#!/bin/sh
# The polyglot variant's own step, run as root inside `docker build` after the default setup.
# Nothing here reaches a network: the toolchains came from Debian's packages, the crates from
# the build context.
set -eu
B=/dgm-build

# Cargo reads /.cargo/config.toml from any working directory below /: crates.io is replaced by
# the crates vendored on the host at build time (crates/Cargo.toml), or where the host could not
# vendor them, by the crates Debian ships; cargo never goes online.
crates=/usr/share/cargo/registry
if [ -d "$B/crates" ]; then
    crates=/usr/share/cargo/vendor
    mv "$B/crates" "$crates"
fi
mkdir -p /.cargo
cat >/.cargo/config.toml <<TOML
[source.crates-io]
replace-with = "image-crates"

[source.image-crates]
directory = "$crates"

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
