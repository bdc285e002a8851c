#ifndef AWKIT_CLIBXML2_SHIM_H
#define AWKIT_CLIBXML2_SHIM_H
// The libxml2 headers AWKit's SAX2 push parser uses. Found through pkg-config libxml-2.0
// (Debian/Ubuntu: apt-get install libxml2-dev).
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so <libxml/encoding.h> would include the system's ICU headers,
// whose UErrorCode clashes with the copy inside Foundation (_FoundationICU) in any module that
// imports both. AWKit uses encoding handlers only through opaque pointers, so it does not need
// the ICU-only members of xmlCharEncodingHandler: hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#endif
