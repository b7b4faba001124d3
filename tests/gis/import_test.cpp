// Import tests: see the import work (sitefit import).
#include <gtest/gtest.h>
