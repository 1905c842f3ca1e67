// libyaml, the system library (Debian's libyaml-dev), whose event parser YAMLReader reads.
#include <yaml.h>
