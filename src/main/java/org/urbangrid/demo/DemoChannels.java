package org.urbangrid.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.channels.ChannelKind;
import org.urbangrid.channels.Channels;
import org.urbangrid.channels.NewChannel;
import org.urbangrid.platform.UrbanGridException;

/**
 * The demo's Open311 client channel ({@code open311-demo}, source PUBLIC, not trusted), made if missing. No key is
 * issued here: an administrator issues one at 系统管理 → 接入渠道, where it is shown once (never in a log).
 */
@Component
class DemoChannels {

    static final String OPEN311 = "open311-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoChannels.class);

    private final Channels channels;

    DemoChannels(Channels channels) {
        this.channels = channels;
    }

    void load() {
        if (channels.byCode(OPEN311).isPresent()) {
            return;
        }
        try {
            channels.createUnchecked(new NewChannel(OPEN311, "Open311 演示客户端", ChannelKind.OPEN311, CaseSource.PUBLIC,
                    false, null, null));
            log.info("Demo Open311 channel {} made; issue its API key at /admin/channels", OPEN311);
        } catch (UrbanGridException | DataIntegrityViolationException anotherNodeFirst) {
            // two nodes started together: the other one made it
        }
    }
}
