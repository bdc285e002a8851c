#ifndef AWKIT_CLIBXML2_SHIM_H
#define AWKIT_CLIBXML2_SHIM_H
// The libxml2 headers AWKit's SAX2 push parser uses. Found through pkg-config libxml-2.0
// (Debian/Ubuntu: apt-get install libxml2-dev).
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>
#endif
