package baton.render.svg;

import baton.derive.RaceFigures;
import baton.model.Stance;

/**
 * How each stance a member can hold shows: colour, the text colour legible on it, a texture where the colour alone
 * would not survive greyscale, and the message keys of its name and one-letter code. The codes are those of
 * {@link RaceFigures#byCountry()}.
 */
enum StanceLook {
  SUPPORTS(Stance.SUPPORTS.code(), Palette.BLUE, Palette.WHITE, null),
  NO_OBJECTION(Stance.NO_OBJECTION.code(), Palette.SKY, Palette.BLACK, null),
  UNDECIDED(Stance.UNDECIDED.code(), Palette.ORANGE, Palette.BLACK, Texture.DOTS),
  OPPOSES(Stance.OPPOSES.code(), Palette.VERMILLION, Palette.BLACK, Texture.STRIPES),
  NONE(RaceFigures.NONE, Palette.GREY, Palette.BLACK, null);

  final String code;
  final String fill;
  final String ink;
  /** Null when the colour is told apart without one. */
  final Texture texture;

  StanceLook(String code, String fill, String ink, Texture texture) {
    this.code = code;
    this.fill = fill;
    this.ink = ink;
    this.texture = texture;
  }

  /** The look of a stance code; unknown codes are refused, so that a typo cannot pass as "none". */
  static StanceLook of(String code) {
    for (StanceLook look : values()) {
      if (look.code.equals(code)) {
        return look;
      }
    }
    throw new IllegalArgumentException(
        "unknown stance '" + code + "': expected supports, no-objection, undecided, opposes or none");
  }

  String cssClass() {
    return "stance-" + code;
  }

  String nameKey() {
    return "picture.stance." + code;
  }

  String letterKey() {
    return "picture.stance." + code + ".letter";
  }
}
