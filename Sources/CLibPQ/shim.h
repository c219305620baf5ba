#ifndef CLIBPQ_SHIM_H
#define CLIBPQ_SHIM_H
/* Types and constants only: modelpin loads libpq.so.5 with dlopen when a database is configured,
   so no binary links it (see Sources/PostgresState/LibPQ.swift). */
#include <postgresql/libpq-fe.h>
#endif
