#![forbid(unsafe_code)]

use clap::Parser;

fn main() {
    let cli = premisli::cli::Cli::parse();
    std::process::exit(premisli::cli::main_with(cli));
}
