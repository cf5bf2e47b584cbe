package com.scfengine.products;

import com.scfengine.applications.ApplicationView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/products}: the catalogue, and submitting applications to any product. */
@RestController
@RequestMapping("/api/products")
class ProductController {

  private final ProductCatalogue catalogue;
  private final Submissions submissions;

  ProductController(ProductCatalogue catalogue, Submissions submissions) {
    this.catalogue = catalogue;
    this.submissions = submissions;
  }

  @GetMapping
  List<ProductCatalogue.Product> products() {
    return catalogue.products();
  }

  @GetMapping("/{code}")
  ProductCatalogue.Product product(@PathVariable String code) {
    return catalogue.byCode(code);
  }

  @PostMapping("/{code}/applications")
  ResponseEntity<ApplicationView> submit(@PathVariable String code, @RequestBody Map<String, Object> body) {
    var application = submissions.submit(code, body);
    return ResponseEntity.created(URI.create("/api/applications/" + application.getId()))
        .body(ApplicationView.of(application));
  }
}
