// The StateFolder module; its files arrive with the issues that build it.
