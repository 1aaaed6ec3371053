package org.casillero.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.NoHandlerFoundException;

/**
 * Errors that the servlet container raised on a request that reached the application (a TRACE, a
 * failure in a filter) also answer in the envelope: this replaces Spring Boot's HTML and JSON error
 * pages. It answers error dispatches only: asked for directly, its path is an unknown path.
 */
@Controller
final class BoxErrorController implements ErrorController {
    private final BoxErrorMapper mapper;

    BoxErrorController(BoxErrorMapper mapper) {
        this.mapper = mapper;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException, NoHandlerFoundException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            throw new NoHandlerFoundException(request.getMethod(), request.getRequestURI(), new HttpHeaders());
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        BoxErrorMapper.write(mapper.containerFailure(status), response);
    }
}
