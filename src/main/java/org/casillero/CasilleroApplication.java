package org.casillero;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CasilleroApplication {
    public static void main(String[] args) {
        SpringApplication.run(CasilleroApplication.class, args);
    }
}
