package baton.render;

import baton.derive.Derived;
import baton.model.Site;
import java.util.ArrayList;
import java.util.List;

/** Renders every output of a build into memory. One per build tool run; holds the engines it reuses. */
public final class Renderer {

  private final TimelineJson timelineJson = new TimelineJson();

  public List<OutputFile> render(Site site, Derived derived) {
    List<OutputFile> files = new ArrayList<>();
    files.add(timelineJson.render(site, derived));
    return List.copyOf(files);
  }
}
