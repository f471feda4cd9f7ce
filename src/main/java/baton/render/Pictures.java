package baton.render;

import baton.derive.Derived;
import baton.derive.Race;
import baton.derive.RaceFigures;
import baton.model.Office;

/** The inline SVG pictures of the pages; each returns markup for {@code th:utext}, or null when there is nothing to draw. */
interface Pictures {

  String tenure(Office office, Derived derived, Views views, String idPrefix);

  String supportChart(Race race, String candidate, String candidateName, Derived derived, String idPrefix);

  String tiles(RaceFigures figures, Views views, String idPrefix);

  /** No pictures: for tests of the pages' text alone. */
  Pictures NONE =
      new Pictures() {
        @Override
        public String tenure(Office office, Derived derived, Views views, String idPrefix) {
          return null;
        }

        @Override
        public String supportChart(Race race, String candidate, String candidateName, Derived derived, String idPrefix) {
          return null;
        }

        @Override
        public String tiles(RaceFigures figures, Views views, String idPrefix) {
          return null;
        }
      };
}
