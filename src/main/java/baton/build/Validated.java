package baton.build;

import baton.derive.Derived;
import baton.model.Site;

/** A site that passed validation, with the views derived from it. */
record Validated(Site site, Derived derived) {}
