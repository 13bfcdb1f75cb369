package org.homeward.country.ma.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.homeward.common.authorities.Authority;
import org.homeward.common.authorities.AuthorityDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The Moroccan authorities to inform of departures, read from {@code data/authorities.tsv} in this plugin. */
@Component(property = AuthorityDirectory.COUNTRY + "=MA")
public class MoroccanAuthorities implements AuthorityDirectory {

    static final String DATA = "/data/authorities.tsv";

    private List<Authority> authorities;

    @Activate
    void activate() {
        try (InputStream in = MoroccanAuthorities.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IOException(DATA + " is missing from the plugin");
            }
            authorities = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Authority> parse(BufferedReader reader) throws IOException {
        List<Authority> result = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new IOException(DATA + " line " + number + ": 4 tab-separated columns expected, found "
                        + cols.length);
            }
            result.add(new Authority(cols[0].strip(), cols[1].strip(), cols[2].strip(), cols[3].strip()));
        }
        return List.copyOf(result);
    }

    @Override
    public List<Authority> authorities() {
        return authorities;
    }
}
