package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Every demo role logs in through the form, lands on its own home and logs out again. */
class LoginBrowserTest extends BrowserTest {

    @ParameterizedTest
    @CsvSource({
            "inspector, /m",
            "operator, /console",
            "shiftleader, /console",
            "dispatcher, /console",
            "handler, /console",
            "leader, /console",
            "admin, /admin"})
    void each_role_logs_in_to_its_home(String username, String home) {
        login(username);

        assertThat(URI.create(desktop().getCurrentUrl()).getPath()).isEqualTo(home);
        logout();
        assertThat(waitFor(By.cssSelector(".flash.ok")).getText()).contains("退出");
    }

    @Test
    void wrong_password_stays_on_the_login_page_with_a_message() {
        desktop().get(url("/login"));
        screenshot("01-login");
        desktop().findElement(By.id("username")).sendKeys("operator");
        desktop().findElement(By.id("password")).sendKeys("wrong");
        click(By.id("login-submit"));

        assertThat(waitFor(By.cssSelector(".flash.error")).getText()).contains("用户名或密码不正确");
        assertThat(desktop().getCurrentUrl()).contains("/login?error");
    }
}
