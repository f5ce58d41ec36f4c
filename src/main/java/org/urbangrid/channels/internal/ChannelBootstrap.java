package org.urbangrid.channels.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.channels.ChannelKind;
import org.urbangrid.channels.Channels;
import org.urbangrid.channels.NewChannel;
import org.urbangrid.platform.UrbanGridException;

/** Makes the citizen pages' channel ({@code web}, 公众网页, not trusted) on the first start. */
@Component
@Order(0)
class ChannelBootstrap implements ApplicationRunner {

    private final Channels channels;

    ChannelBootstrap(Channels channels) {
        this.channels = channels;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureWeb();
    }

    void ensureWeb() {
        if (channels.byCode(Channels.WEB).isPresent()) {
            return;
        }
        try {
            channels.createUnchecked(new NewChannel(Channels.WEB, "公众网页", ChannelKind.WEB, CaseSource.PUBLIC, false,
                    null, null));
        } catch (UrbanGridException | DataIntegrityViolationException anotherNodeFirst) {
            // two nodes started together: the other one made it
        }
    }
}
