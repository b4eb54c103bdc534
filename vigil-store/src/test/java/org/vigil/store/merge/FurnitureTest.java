package org.vigil.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FurnitureTest {
  @Test
  void signUpNotificationAndPaywallLinesAreFurniture() {
    assertThat(Furniture.of("We have sent you a verification email.")).isTrue();
    assertThat(Furniture.of("Please check your email and click on the link to activate your Example.com profile."))
        .isTrue();
    assertThat(Furniture.of("Get email notifications on Jane Roe daily!")).isTrue();
    assertThat(Furniture.of("Whenever Jane Roe posts new content, you'll get an email delivered to your inbox."))
        .isTrue();
    assertThat(Furniture.of("Your notification has been saved.")).isTrue();
    assertThat(Furniture.of("Please enable Javascript to watch this video")).isTrue();
  }

  @Test
  void copyrightLinesAreFurniture() {
    assertThat(Furniture.of("Copyright 2016 WXYZ. All rights reserved.")).isTrue();
  }

  @Test
  void aStorysSentenceIsNone() {
    assertThat(Furniture.of("Police said the 17-year-old was shot in the leg on Elm Street late Monday.")).isFalse();
    assertThat(Furniture.of("Officers found a link between the two shootings, the chief said.")).isFalse();
    assertThat(Furniture.of(null)).isFalse();
  }

  @Test
  void oneWeakWordTwiceIsNotTwo() {
    assertThat(Furniture.of("She sent an email, then another email, to the detective.")).isFalse();
    assertThat(Furniture.of("Police asked anyone with a video to email it; the link is on Facebook.")).isTrue();
  }
}
